import { isAllowedNavigation } from './navigation-policy';

/** The parts of an IPC event the check needs, so tests can pass plain objects. */
export interface SenderFrameLike {
  readonly url: string;
  readonly parent: unknown;
}

/**
 * An IPC call is served only when it comes from our page's main frame. The frame can be null after
 * a navigation or when it has been destroyed; then the call is refused too.
 */
export function isTrustedSender(frame: SenderFrameLike | null | undefined): boolean {
  if (!frame) return false;
  if (frame.parent !== null) return false;
  return isAllowedNavigation(frame.url);
}
