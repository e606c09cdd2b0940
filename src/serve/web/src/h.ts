import { createElement, Fragment } from 'react';

// The dashboard is written without JSX so the repository's one tsconfig type-checks it as plain TypeScript.
export const h = createElement;
export { Fragment };
