import { tablePage } from '../styles/table-page.js';

export const styles = tablePage;
