/** A page whose subject does not exist (any more): says so as its heading, and links back. */
export function NotFound({ title, back, backLabel }: { title: string; back: string; backLabel: string }) {
  return (
    <>
      <h1>{title}</h1>
      <p>
        <a href={back}>{backLabel}</a>
      </p>
    </>
  );
}
