// IndexedDB for Dexie in Node: the extension's cache and index live there in the browser.
import 'fake-indexeddb/auto';
