import { mount } from 'svelte';
import App from './App.svelte';
import './styles/formats.css';
import { query } from './lib/db/duckdb.ts';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

// The app's query function, for the benchmarks (wasm vs native on the same SQL) and the console.
(globalThis as { nianbaoQuery?: typeof query }).nianbaoQuery = query;

export default mount(App, { target });
