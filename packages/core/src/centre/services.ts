/**
 * The service catalogue: a ministry and the services it takes complaints and callbacks for.
 *
 * @module
 */
import { ServicesQuerySchema, type ServiceCatalogue } from '@civic-contact/contract';
import { badRequest, forbidden } from '../errors.ts';
import type { Principal } from '../keys.ts';
import { parseQuery, type QueryInput } from '../query.ts';
import { ministryOf } from './access.ts';
import type { CentreContext } from './context.ts';

export async function listServices(centre: CentreContext, principal: Principal, query: QueryInput): Promise<ServiceCatalogue> {
  const { ministry: named } = parseQuery(ServicesQuerySchema, query);
  const ministry = principal.ministryId === null && named !== undefined ? await centre.storage.getMinistry(named) : await ministryOf(centre, principal);
  if (!ministry) throw badRequest('There is no such ministry.', [{ field: 'ministry', code: 'invalid_choice', message: 'There is no such ministry.' }]);
  if (named !== undefined && named !== ministry.id) throw forbidden('A ministry key sees only its own ministry’s services.');
  return { ministry, services: await centre.storage.listServices(ministry.id) };
}
