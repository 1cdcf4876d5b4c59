// The store's tests and the domain's backup tests open IndexedDB; Node has none of its own.
import 'fake-indexeddb/auto';
