/** Matches method and path against the operation table. Literal segments beat placeholders. */
import { OPERATIONS, type HttpMethod, type OperationId } from '../../shared/agency/operations.ts';
import { PATHS, pathParams } from '../../shared/agency/paths.ts';

interface Route {
  id: OperationId;
  method: HttpMethod;
  regex: RegExp;
  params: string[];
}

export type RouteMatch = { id: OperationId; params: Record<string, string> } | { error: 'NOT_FOUND' | 'METHOD_NOT_ALLOWED' };

function compile(template: string): RegExp {
  const source = template
    .split(/(\{\w+\})/)
    .map((part) => (/^\{\w+\}$/.test(part) ? '([^/]+)' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}

export function createRouter(): (method: string, path: string) => RouteMatch {
  const routes: Route[] = (Object.keys(OPERATIONS) as OperationId[]).map((id) => {
    const op = OPERATIONS[id];
    const template = PATHS[op.path];
    return { id, method: op.method, regex: compile(template), params: pathParams(template) };
  });
  // Fewer placeholders first, so /assistants/lookup is not taken for /assistants/{personId}.
  routes.sort((a, b) => a.params.length - b.params.length);

  return (method, path) => {
    const wanted = method === 'HEAD' ? ['HEAD', 'GET'] : [method];
    let pathMatched = false;
    for (const route of routes) {
      const m = route.regex.exec(path);
      if (!m) continue;
      pathMatched = true;
      if (!wanted.includes(route.method)) continue;
      const params: Record<string, string> = {};
      try {
        route.params.forEach((name, i) => (params[name] = decodeURIComponent(m[i + 1]!)));
      } catch {
        return { error: 'NOT_FOUND' };
      }
      return { id: route.id, params };
    }
    return { error: pathMatched ? 'METHOD_NOT_ALLOWED' : 'NOT_FOUND' };
  };
}
