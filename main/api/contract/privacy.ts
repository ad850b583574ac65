import { defineCall } from './define-call';

// Scaffold: the calls of this area are added in this session.
void defineCall;
export const privacyContract = {} as const;
