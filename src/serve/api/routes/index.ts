import type { RouteDef } from '../route.ts';
import { actorRoutes } from './actors.ts';
import { articleRoutes } from './articles.ts';
import { engagementRoutes } from './engagements.ts';
import { overviewRoutes } from './overview.ts';
import { placeRoutes } from './places.ts';
import { commitmentRoutes } from './commitments.ts';
import { correctionRoutes } from './corrections.ts';

export const ROUTES: RouteDef[] = [...engagementRoutes, ...placeRoutes, ...actorRoutes, ...articleRoutes, ...overviewRoutes, ...commitmentRoutes, ...correctionRoutes];
