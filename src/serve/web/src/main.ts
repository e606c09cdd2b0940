import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Route, Routes } from 'react-router';
import { h } from './h.ts';
import { Layout } from './components/layout.ts';
import { ActorPage } from './pages/actor.ts';
import { CountryPage } from './pages/country.ts';
import { EngagementPage } from './pages/engagement.ts';
import { EngagementsPage } from './pages/engagements.ts';
import { MapView } from './pages/map.ts';
import { NetworkView } from './pages/network.ts';
import { Overview } from './pages/overview.ts';
import { PairPage } from './pages/pair.ts';
import { SearchPage } from './pages/search.ts';
import { CommitmentsPage } from './pages/commitments.ts';
import './styles.css';

const route = (path: string, el: Parameters<typeof h>[0]) => h(Route, { key: path, path, element: h(el as never) });

createRoot(document.getElementById('root')!).render(
  h(StrictMode, null,
    h(BrowserRouter, null,
      h(Layout, null,
        h(Routes, null,
          route('/', Overview),
          route('/engagements', EngagementsPage),
          route('/engagements/:id', EngagementPage),
          route('/pairs/:a/:b', PairPage),
          route('/countries/:iso3', CountryPage),
          route('/actors/:id', ActorPage),
          route('/map', MapView),
          route('/network', NetworkView),
          route('/search', SearchPage),
          route('/commitments', CommitmentsPage),
          h(Route, { key: '*', path: '*', element: h('p', null, 'No such page.') }))))),
);
