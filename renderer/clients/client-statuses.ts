// The list lives in a zod-free domain module (see there why); the renderer re-exports it here.
export { clientStatuses, isClientStatus } from '../../main/domain/clients/client-status';
