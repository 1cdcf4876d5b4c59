import { Component, type ComponentChildren } from 'preact';
import { useLocation } from 'preact-iso';
import { strings } from '../i18n';

interface Props {
  path: string;
  children: ComponentChildren;
}

/**
 * Catches what a screen throws while rendering (a stored or imported value of a shape it does
 * not expect) and shows a clear message in place of an empty page; the header, navigation and
 * every other screen keep working. A new path starts afresh.
 */
class Boundary extends Component<Props, { error: unknown; path: string }> {
  override state = { error: undefined as unknown, path: this.props.path };

  static getDerivedStateFromProps(props: Props, state: { error: unknown; path: string }) {
    return props.path === state.path ? null : { error: undefined, path: props.path };
  }

  override componentDidCatch(error: unknown) {
    console.error(error);
    this.setState({ error });
  }

  override render() {
    const { error } = this.state;
    if (error === undefined) return this.props.children;
    const s = strings.value;
    const detail = error instanceof Error ? error.message || error.name : String(error);
    return (
      <div class="screen-error" role="alert">
        <h1>{s.screenError.title}</h1>
        <p>{s.screenError.text(detail)}</p>
        <p>
          <a href="/">{s.toProgramme}</a>
        </p>
      </div>
    );
  }
}

/** The routed screen inside its error boundary, reset whenever the path changes. */
export function ScreenBoundary({ children }: { children: ComponentChildren }) {
  const { path } = useLocation();
  return <Boundary path={path}>{children}</Boundary>;
}
