// Generated from the OpenAPI document by `npm run api:types`; do not edit.

export interface paths {
    "/api/v1/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is signed in (by cookie or by token) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The signed-in user */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Sign in with email and password: sets the session cookie (HttpOnly, SameSite=Lax). After 5 failures, 429 with Retry-After */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["Credentials"];
                };
            };
            responses: {
                /** @description Signed in; the cookie is set */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Email or password is wrong */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body exceeds 1 MB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed sign-ins for this account or address */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Sign out: this session, or with all=true every session of yours on every device */
        delete: {
            parameters: {
                query?: {
                    /** @description true: end all your sessions, not only this one */
                    all?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Signed out; the cookie is cleared */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/password/forgot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Email a one-time password-reset link, if an active user has this email. Always 202, so it never tells whether one does. Throttled per account and per address: beyond the limit, nothing is sent */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ForgotPassword"];
                };
            };
            responses: {
                /** @description Accepted: if the email belongs to an active user, a link is on its way */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body exceeds 1 MB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/password/link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check an invitation or reset link without using it: whose account it is for and why. POST, so the token stays out of logs */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PasswordLinkToken"];
                };
            };
            responses: {
                /** @description The link can set a password */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PasswordLink"];
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The link has expired or was used */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body exceeds 1 MB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/password/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set the password with the token from an invitation or reset link; the link is used up and every session of the user ends */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ResetPassword"];
                };
            };
            responses: {
                /** @description The password is set; sign in with it */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The link has expired or was used */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body exceeds 1 MB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your personal API tokens, newest first (never their secret), including expired and revoked ones */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of tokens */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["ApiToken"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Make a personal API token; the answer shows its secret this once. Send it as Authorization: Bearer <token> */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewApiToken"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        /** @description Where the resource is */
                        Location?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** Format: date-time */
                            expiresAt: string;
                            /** Format: date-time */
                            lastUsedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            revokedAt: string | null;
                            token: string;
                        };
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body exceeds 1 MB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of your tokens (never its secret) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The token */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiToken"];
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description You have no such token */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Revoke one of your tokens; it stops working at once */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Revoked */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description You have no such token */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List users, newest first; `q` finds them by a part of their name or email */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    role?: "rep" | "presales" | "supervisor" | "executive" | "finance" | "service" | "admin";
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of users */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["User"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Create a user and email them an invitation to set their password (a one-time link, valid 72 hours) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewUser"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        /** @description Where the resource is */
                        Location?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Email taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body exceeds 1 MB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unknown supervisor */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/invitation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Email the user a new invitation; earlier invitation links stop working */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The invitation is on its way */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Invitation"];
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such user */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The user is inactive, or has set a password already (they can use forgot password) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One user */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The user */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such user */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a user: yourself (name, locale, time zone, working hours), or anyone as an admin */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UserChanges"];
                };
            };
            responses: {
                /** @description The user */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such user */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description It would demote or deactivate the last active admin */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body exceeds 1 MB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unknown supervisor, or working hours that end before they start */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/users/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The calling user */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The user */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/delegation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The delegate set for a user, if any */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The delegation */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Delegation"];
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No delegate set */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Set (or replace) the delegate who decides your approvals for a date range */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewDelegation"];
                };
            };
            responses: {
                /** @description The delegation */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Delegation"];
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not yourself */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body exceeds 1 MB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unknown or inactive delegate, yourself, or a bad range */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        /** End the delegation now; requests already with the delegate stay with them */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Removed */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No delegate set */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List or search accounts, newest first */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of accounts */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Account"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Create a customer account */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewAccount"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        /** @description Where the resource is */
                        Location?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Account"];
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body exceeds 1 MB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One account with its contacts */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The account */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            industry: string | null;
                            website: string | null;
                            /** Format: uuid */
                            createdById: string;
                            /** Format: date-time */
                            createdAt: string;
                            contacts: components["schemas"]["Contact"][];
                        };
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such account */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List contacts, optionally of one account */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    accountId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of contacts */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Contact"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Add a contact person to an account */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewContact"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        /** @description Where the resource is */
                        Location?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Contact"];
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body exceeds 1 MB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unknown account */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contacts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One contact person */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The contact */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Contact"];
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List deals you may see, most recently changed first */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    stage?: "LEAD" | "INTENT" | "PROJECT_INITIATED" | "PRELIMINARY_APPROVAL" | "NEGOTIATION" | "WON" | "LOST";
                    ownerId?: string;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of deals */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["DealListItem"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Open a deal in LEAD. With an Idempotency-Key, a retried request returns the same deal */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewDeal"];
                };
            };
            responses: {
                /** @description The deal, live */
                201: {
                    headers: {
                        /** @description Where the resource is */
                        Location?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Deal"];
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Refused in this state; the problem says why, and what is allowed */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body exceeds 1 MB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unknown account or owner, invalid facts, or a reused key */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The live state of one deal, with what is missing for the next stage */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The deal */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Deal"];
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such deal */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals/{id}/facts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Record gate facts; null clears one */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["FactsPatch"];
                };
            };
            responses: {
                /** @description The deal */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Deal"];
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The deal is closed */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body exceeds 1 MB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid facts */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/deals/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move the deal to another stage; forward moves check entry criteria, backward moves need a note */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["Transition"];
                };
            };
            responses: {
                /** @description The deal in its new stage */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Deal"];
                    };
                };
                /** @description Entering the stage needs approval: the request is with its holder, who may decide it at once, and the deal waits */
                202: {
                    headers: {
                        /** @description Where the resource is */
                        Location?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApprovalPending"];
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed from the current stage (names the allowed moves), or an approval is pending */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body exceeds 1 MB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Entry criteria not met; names every missing or unmet fact */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals/{id}/lost": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark the deal lost, with the reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["Lost"];
                };
            };
            responses: {
                /** @description The lost deal */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Deal"];
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The deal is not open */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body exceeds 1 MB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Refused as given; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reopen a lost deal into the stage it was lost from (once) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["Reopen"];
                };
            };
            responses: {
                /** @description The reopened deal */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Deal"];
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not lost, or already reopened once */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body exceeds 1 MB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Refused as given; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every recorded change of the deal, oldest first */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of timeline events */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["TimelineEvent"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals/{id}/contract": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Draft the contract (deal in NEGOTIATION) and send it for approval, routed by amount; a returned draft is redrafted the same way */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ContractDraft"];
                };
            };
            responses: {
                /** @description Drafted; its approval request is with its holder (GET approvalId), and the contract waits */
                202: {
                    headers: {
                        /** @description Where the resource is */
                        Location?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Contract"];
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not in NEGOTIATION, or the contract is past draft */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body exceeds 1 MB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The installments do not add up to the amount (names the difference) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The contract: installments with what is paid and outstanding, the next reminder, payments and the whole chasing history */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The contract */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Contract"];
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such contract */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/sign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the signature of an approved contract, and the manager present; chasing payment starts */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ContractSigning"];
                };
            };
            responses: {
                /** @description The signed contract */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Contract"];
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not approved (yet) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body exceeds 1 MB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description signedBy is not a manager, or the implementation lead is no active user */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/milestones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report a milestone (acceptance, go_live, warranty_end): installments due after it start their clock */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["MilestoneReport"];
                };
            };
            responses: {
                /** @description The contract */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Contract"];
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Already reported, or not signed */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body exceeds 1 MB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Refused as given; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pause chasing the whole contract (finance) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description The contract */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Contract"];
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Already so */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body exceeds 1 MB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Refused as given; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resume chasing, from the rung each installment reached (finance) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description The contract */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Contract"];
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Already so */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body exceeds 1 MB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Refused as given; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/installments/{id}/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a payment received (finance only). Partial payments reduce what is outstanding; a full one stops chasing at once; more than outstanding is 422 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewPayment"];
                };
            };
            responses: {
                /** @description The contract */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Contract"];
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such installment */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Paid, or not in that state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body exceeds 1 MB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/installments/{id}/dispute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The customer disputes the installment: chasing it pauses */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description The contract */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Contract"];
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such installment */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Paid, or not in that state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body exceeds 1 MB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/installments/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The dispute is settled: chasing resumes from the rung it reached, never replaying earlier ones */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description The contract */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Contract"];
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such installment */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Paid, or not in that state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body exceeds 1 MB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/installments/{id}/promise": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The customer promised to pay by `until`: chasing pauses until then, and resumes if it is still unpaid */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PromiseToPay"];
                };
            };
            responses: {
                /** @description The contract */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Contract"];
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such installment */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Paid, or not in that state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body exceeds 1 MB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/receivables/ageing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What is outstanding per age bucket (the same buckets and rows as GET /receivables) and currency, exact */
        get: {
            parameters: {
                query?: {
                    ownerId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The ageing */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ageing"];
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/receivables": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open installments (due date known, not paid in full), oldest due first; `bucket` filters overdue ones by age, `upcoming` those not due yet */
        get: {
            parameters: {
                query?: {
                    bucket?: "0-30" | "31-60" | "61-90" | "90+" | "upcoming";
                    ownerId?: string;
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of receivables */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Receivable"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/service": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** After-sales of a signed contract: checklist, trainings, acceptance, warranty, the next visits and the tickets opened */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The service */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Service"];
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/service/checklist/{item}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Complete (done: true) or reopen (done: false, with a reason) an item of the implementation plan; acceptance is recorded on its own */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    item: "environment_ready" | "installed" | "debugged" | "training" | "onsite_qa" | "acceptance";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ChecklistChange"];
                };
            };
            responses: {
                /** @description The service */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Service"];
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Already so, or accepted */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body exceeds 1 MB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Refused as given; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/contracts/{id}/service/trainings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a training session (培训) and its assessment: each trainee passes at the pass mark */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewTraining"];
                };
            };
            responses: {
                /** @description The service, with the session */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Service"];
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Refused in this state; the problem says why, and what is allowed */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body exceeds 1 MB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A score off the scale */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/service/acceptance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the customer’s acceptance (验收): collection hears of it, the warranty and its visit programme start */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewAcceptance"];
                };
            };
            responses: {
                /** @description The service */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Service"];
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Accepted already */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body exceeds 1 MB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Refused as given; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Signed contracts in service, most recently signed first, by customer or contract reference (`q`): those one may open a ticket for; reps see their own customers, supervisors their team’s */
        get: {
            parameters: {
                query?: {
                    /** @description Part of the customer’s name or of the contract’s reference */
                    q?: string;
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of contracts in service */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["ServicedContract"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tickets, newest report first; reps see their own customers’ tickets */
        get: {
            parameters: {
                query?: {
                    state?: "open" | "responded" | "in_progress" | "waiting_customer" | "restored" | "closed";
                    breached?: "true" | "false";
                    /** @description `me`, or a user id */
                    assignee?: "me" | string;
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of tickets */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Ticket"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Open a support ticket for a signed contract; its SLA clocks start when the customer reported it. With an Idempotency-Key, a retried request opens no second ticket */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewTicket"];
                };
            };
            responses: {
                /** @description The ticket opened */
                201: {
                    headers: {
                        /** @description Where the resource is */
                        Location?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TicketOpened"];
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such contract */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The contract is not signed */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body exceeds 1 MB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Refused as given; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Visits, soonest due first, with their customer, deal and contract: `assignee=me` for one’s own, `dueBefore` for those due by then; planned ones unless `status=recorded`. A supervisor sees their team’s deals and engineers */
        get: {
            parameters: {
                query?: {
                    assignee?: "me" | string;
                    dueBefore?: string;
                    status?: "planned" | "recorded";
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of visits */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["ListedVisit"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Schedule an ad-hoc technical visit (技术性回访) for a signed contract, the contract’s engineer’s unless another is named */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewVisit"];
                };
            };
            responses: {
                /** @description The visit */
                201: {
                    headers: {
                        /** @description Where the resource is */
                        Location?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Visit"];
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such contract */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body exceeds 1 MB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description An unknown assignee, or a time past */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/visits/{id}/record": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a visit (《工程回访记录》): what was checked, problems found, actions taken, satisfaction, the customer’s confirmation; `ticket` opens one */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["VisitRecord"];
                };
            };
            responses: {
                /** @description The visit, recorded */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Visit"];
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Recorded already */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body exceeds 1 MB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Refused as given; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals/{id}/tender": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a tender on a deal in PRELIMINARY_APPROVAL or NEGOTIATION: one at a time; dates must run issued < deadline ≤ opening */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewTender"];
                };
            };
            responses: {
                /** @description The tender */
                201: {
                    headers: {
                        /** @description Where the resource is */
                        Location?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Tender"];
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Wrong stage, or a tender is still running */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body exceeds 1 MB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Bad dates or presales engineer */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tender calendar across deals, soonest deadline first */
        get: {
            parameters: {
                query?: {
                    state?: "open" | "submitted" | "missed" | "won" | "lost" | "cancelled";
                    dueBefore?: string;
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of tenders */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["TenderListItem"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tender: checklist, review, status, reminders to come and history */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The tender */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Tender"];
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such tender */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenders/{id}/checklist/{item}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Tick (or untick) a bid checklist item, with a note */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    item: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        done: boolean;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description The tender */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Tender"];
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such tender or item */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not in a state that allows it */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body exceeds 1 MB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Refused as given; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/tenders/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask for the bid review (an approval of kind bid_review, routed by the bid price) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        price: string | number;
                        discountPercent?: number;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description The tender */
                202: {
                    headers: {
                        /** @description Where the resource is */
                        Location?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Tender"];
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such tender or item */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not in a state that allows it */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body exceeds 1 MB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Refused as given; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenders/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the bid as submitted: needs every checklist item done and an approved review, before the deadline */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description The tender */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Tender"];
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such tender or item */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not in a state that allows it */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body exceeds 1 MB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Refused as given; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenders/{id}/result": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the result: won (the deal goes to NEGOTIATION, negotiation follow-up), lost (the deal is lost to the winner unless keepOpen), cancelled */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        outcome: "won" | "lost" | "cancelled";
                        winner?: string;
                        ourRank?: number;
                        note: string;
                        /** @description Lost, but the customer re-tenders: keep the deal open */
                        keepOpen?: boolean;
                    };
                };
            };
            responses: {
                /** @description The tender */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Tender"];
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such tender or item */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not in a state that allows it */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body exceeds 1 MB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Refused as given; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One ticket with its SLA clocks, live from its workflow (the last snapshot once closed) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The ticket */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TicketDetail"];
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/respond": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The first response to the customer: stops the response clock */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description The ticket */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TicketDetail"];
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not in a state that allows it; a closed ticket takes nothing (open a new one) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body exceeds 1 MB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Refused as given; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/wait": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Waiting for the customer: the SLA clocks stand still until work resumes */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description The ticket */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TicketDetail"];
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not in a state that allows it; a closed ticket takes nothing (open a new one) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body exceeds 1 MB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Refused as given; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Work resumes after waiting for the customer: the clocks run on from the time they had consumed */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description The ticket */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TicketDetail"];
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not in a state that allows it; a closed ticket takes nothing (open a new one) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body exceeds 1 MB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Refused as given; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The fault is removed: stops the restore clock (a breached target stays breached); the ticket may be reopened for 7 days */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TicketRestore"];
                };
            };
            responses: {
                /** @description The ticket */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TicketDetail"];
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not in a state that allows it; a closed ticket takes nothing (open a new one) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body exceeds 1 MB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Refused as given; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The fault came back within the reopen window: the restore clock runs on from where it stood */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description The ticket */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TicketDetail"];
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not in a state that allows it; a closed ticket takes nothing (open a new one) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body exceeds 1 MB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Refused as given; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hands the ticket to a service engineer, who is warned before its targets run out */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TicketAssign"];
                };
            };
            responses: {
                /** @description The ticket */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TicketDetail"];
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not in a state that allows it; a closed ticket takes nothing (open a new one) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body exceeds 1 MB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Refused as given; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/priority": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new priority, maybe a new SLA policy: deadlines are recomputed from the time already consumed */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TicketPriorityChange"];
                };
            };
            responses: {
                /** @description The ticket */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TicketDetail"];
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not in a state that allows it; a closed ticket takes nothing (open a new one) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body exceeds 1 MB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Refused as given; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/approvals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Approval requests, newest first. The inbox is `?status=pending&assignee=me` (includes requests you hold as a delegate) */
        get: {
            parameters: {
                query?: {
                    status?: "pending" | "approved" | "rejected" | "withdrawn" | "cancelled" | "unroutable";
                    assignee?: "me" | string;
                    requester?: "me" | string;
                    dealId?: string;
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of requests */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["ApprovalListItem"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/approvals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One request: the deal, the whole chain with who holds it, and its history */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Approval"];
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not yours to see */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such request */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/approvals/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve or reject (a rejection needs a comment). Only the current approver or their delegate may decide */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ApprovalDecision"];
                };
            };
            responses: {
                /** @description The request after the decision */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Approval"];
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not the current approver, or your own request or deal */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Already decided, or moved on to someone else */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body exceeds 1 MB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A rejection without a comment */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/approvals/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw a pending request (the requester or the deal owner); the deal stays where it is */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ApprovalWithdrawal"];
                };
            };
            responses: {
                /** @description The withdrawn request */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Approval"];
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not your request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Already decided */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body exceeds 1 MB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Refused as given; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals/{id}/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log a call, email, meeting, demo…; resets the stall clock and schedules the follow-ups its rules call for */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewActivity"];
                };
            };
            responses: {
                /** @description The activity, with the follow-ups it scheduled */
                201: {
                    headers: {
                        /** @description Where the resource is */
                        Location?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Activity"];
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The deal is closed */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body exceeds 1 MB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid activity */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals/{id}/callbacks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Schedule a call-back (回电) at the exact instant the customer asked for */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewCallback"];
                };
            };
            responses: {
                /** @description The call-back */
                201: {
                    headers: {
                        /** @description Where the resource is */
                        Location?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FollowUp"];
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The deal is closed */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body exceeds 1 MB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description In the past, or an unknown contact */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals/{id}/followups/{followUpId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One follow-up of a deal, call-backs included */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    followUpId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The follow-up */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FollowUp"];
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals/{id}/callbacks/{followUpId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Cancel a call-back */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    followUpId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The deal */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Deal"];
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such call-back */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Already done or cancelled */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Refused as given; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Move a call-back that has not fired yet */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    followUpId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date-time */
                        at: string;
                    };
                };
            };
            responses: {
                /** @description The deal */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Deal"];
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such call-back */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Already fired, done or cancelled */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body exceeds 1 MB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Refused as given; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/deals/{id}/followups/{followUpId}/done": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a follow-up done, optionally logging the activity that did it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    followUpId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                        activity?: components["schemas"]["NewActivity"];
                    };
                };
            };
            responses: {
                /** @description The deal */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Deal"];
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such follow-up */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Already done or cancelled */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body exceeds 1 MB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Refused as given; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals/{id}/followups/{followUpId}/snooze": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Snooze a follow-up until a later instant; its reminders start over then */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    followUpId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date-time */
                        until: string;
                    };
                };
            };
            responses: {
                /** @description The deal */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Deal"];
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such follow-up */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Already done or cancelled */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body exceeds 1 MB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Refused as given; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals/{id}/followups/{followUpId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a follow-up */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    followUpId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description The deal */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Deal"];
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such follow-up */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Already done or cancelled */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body exceeds 1 MB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Refused as given; `errors` names each field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/followups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A rep’s follow-ups, soonest first: `assignee=me&state=pending&dueBefore=<end of today>` is the day */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    assignee?: "me" | string;
                    /** @description pending = open or snoozed */
                    state?: "open" | "snoozed" | "done" | "cancelled" | "pending";
                    dueBefore?: string;
                    dealId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of follow-ups */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["FollowUpRow"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/process": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The sales process definition: stages, their entry facts, lost reasons */
        get: {
            parameters: {
                query?: {
                    /** @description A published version; absent, the current one, which new deals pin */
                    version?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The process definition */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProcessDefinition"];
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The version asked for is not published */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/process/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every process version, newest first, each draft or published, and which one is current */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The versions */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["ProcessVersionSummary"][];
                        };
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Draft a new process version: the document sent, or a copy of a version (the current one by default) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ProcessDraftInput"];
                };
            };
            responses: {
                /** @description The draft */
                201: {
                    headers: {
                        /** @description Where the resource is */
                        Location?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProcessVersion"];
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body exceeds 1 MB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/process/versions/{v}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One process version with its document */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    v: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The version */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProcessVersion"];
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Replace the document of a draft; a published version is immutable (409) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    v: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ProcessDraftUpdate"];
                };
            };
            responses: {
                /** @description The draft as stored */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProcessVersion"];
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The version is published */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body exceeds 1 MB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/process/versions/{v}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish a draft: it becomes the current version and never changes again */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    v: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The published version */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProcessVersion"];
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The version is already published, or a later version was published since it was drafted */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/process/versions/{v}/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What a version changes against the current published one: stages, facts, entry requirements per stage, lost reasons, timings */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    v: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The differences */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProcessDiff"];
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/process/versions/{v}/dry-run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** For each open deal on a published version (the current one by default), what moving it to this version would do: entry facts newly missing for its stage, approval chains that change ahead of it, timers that move. Read from the deals as projected; no workflow is asked or changed. */
        post: {
            parameters: {
                query?: {
                    /** @description The published version whose open deals are looked at; absent, the current one */
                    from?: number;
                    limit?: number;
                    /** @description nextCursor of the page before */
                    cursor?: string;
                };
                header?: never;
                path: {
                    v: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of open deals with what would change for each */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProcessDryRun"];
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `from` is not a published version */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/years": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The years the holiday calendar covers, each from the seed or entered by an admin, and the current calendar version */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The covered years */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CalendarYears"];
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/years/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One year of the holiday calendar: its holiday ranges and make-up working days */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    year: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The year */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CalendarYear"];
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Set one year of the holiday calendar (a new calendar version); running workflows are told it, and workflows started afterwards compute with it */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    year: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CalendarYearInput"];
                };
            };
            responses: {
                /** @description The year as stored */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CalendarYear"];
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body exceeds 1 MB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/years/{year}/ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set one year from an iCalendar file (Content-Type: text/calendar): each all-day VEVENT is a holiday named by its SUMMARY (SUMMARY;LANGUAGE=en for English), or make-up working days when its SUMMARY contains 补班 or 上班 or its CATEGORIES include WORKDAY */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    year: number;
                };
                cookie?: never;
            };
            /** @description The iCalendar file (RFC 5545), at most 1 MB */
            requestBody: {
                content: {
                    "text/calendar": string;
                };
            };
            responses: {
                /** @description The year as stored */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CalendarYear"];
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body exceeds 1 MB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open deals you may see, counted and summed per stage and currency */
        get: {
            parameters: {
                query?: {
                    ownerId?: string;
                    /** @description Deals owned by this user or by anyone whose supervisor they are */
                    teamOf?: string;
                    accountId?: string;
                    /** @description Part of the title or of the account’s name */
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The board’s columns and totals */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Board"];
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/board/cards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One column’s open deals you may see, most recently changed first, with their badges */
        get: {
            parameters: {
                query: {
                    limit?: number;
                    cursor?: string;
                    ownerId?: string;
                    /** @description Deals owned by this user or by anyone whose supervisor they are */
                    teamOf?: string;
                    accountId?: string;
                    /** @description Part of the title or of the account’s name */
                    q?: string;
                    stage: "LEAD" | "INTENT" | "PROJECT_INITIATED" | "PRELIMINARY_APPROVAL" | "NEGOTIATION";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of cards */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["BoardCard"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description The request has invalid fields; `errors` names each */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your role or scope does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or a workflow does not answer; retry after `Retry-After` seconds */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        User: {
            /** Format: uuid */
            id: string;
            name: string;
            email: string;
            /** @enum {string} */
            role: "rep" | "presales" | "supervisor" | "executive" | "finance" | "service" | "admin";
            /** Format: uuid */
            supervisorId: string | null;
            locale: string;
            timezone: string;
            workdayStart: string;
            workdayEnd: string;
            active: boolean;
            /** Format: date-time */
            createdAt: string;
        };
        Problem: {
            type: string;
            title: string;
            status: number;
            detail?: string;
            instance: string;
            errors?: {
                field: string;
                message: string;
            }[];
        };
        Credentials: {
            email: string;
            password: string;
        };
        ForgotPassword: {
            email: string;
        };
        /** @description Whose password an unused link sets, and why */
        PasswordLink: {
            /** @enum {string} */
            purpose: "invitation" | "reset";
            email: string;
            name: string;
            locale: string;
        };
        PasswordLinkToken: {
            token: string;
        };
        ResetPassword: {
            token: string;
            password: string;
        };
        ApiToken: {
            /** Format: uuid */
            id: string;
            name: string;
            /** Format: date-time */
            expiresAt: string;
            /** Format: date-time */
            lastUsedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            revokedAt: string | null;
        };
        NewApiToken: {
            /** @description What the token is for, e.g. "ERP sync" */
            name: string;
            /** @description Days until it stops working; 90 when neither this nor expiresAt is given */
            expiresInDays?: number;
            /** Format: date-time */
            expiresAt?: string;
        };
        NewUser: {
            name: string;
            /** Format: email */
            email: string;
            /** @enum {string} */
            role: "rep" | "presales" | "supervisor" | "executive" | "finance" | "service" | "admin";
            /** Format: uuid */
            supervisorId?: string;
            /**
             * @default zh-CN
             * @enum {string}
             */
            locale?: "zh-CN" | "en";
            /** @default Asia/Shanghai */
            timezone?: string;
            /** @default 09:00 */
            workdayStart?: string;
            /** @default 18:00 */
            workdayEnd?: string;
            /**
             * @description Email an invitation to set a password now; false to send it later with POST /users/{id}/invitation
             * @default true
             */
            invite?: boolean;
        };
        Invitation: {
            email: string;
            /** Format: date-time */
            expiresAt: string;
        };
        UserChanges: {
            name?: string;
            /** @enum {string} */
            locale?: "zh-CN" | "en";
            timezone?: string;
            workdayStart?: string;
            workdayEnd?: string;
            /** @enum {string} */
            role?: "rep" | "presales" | "supervisor" | "executive" | "finance" | "service" | "admin";
            /** Format: uuid */
            supervisorId?: string | null;
            active?: boolean;
        };
        Delegation: {
            /** Format: uuid */
            userId: string;
            /** Format: uuid */
            delegateId: string;
            delegateName: string;
            /** Format: date-time */
            from: string;
            /** Format: date-time */
            until: string;
            active: boolean;
        };
        /** @description While away: new and escalated approvals go to the delegate from `from` until `until` */
        NewDelegation: {
            /** Format: uuid */
            delegateId: string;
            /** Format: date-time */
            from: string;
            /** Format: date-time */
            until: string;
        };
        Account: {
            /** Format: uuid */
            id: string;
            name: string;
            industry: string | null;
            website: string | null;
            /** Format: uuid */
            createdById: string;
            /** Format: date-time */
            createdAt: string;
        };
        NewAccount: {
            name: string;
            industry?: string;
            /** Format: uri */
            website?: string;
        };
        Contact: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            accountId: string;
            name: string;
            title: string | null;
            email: string | null;
            phone: string | null;
            isBilling: boolean;
            /** Format: date-time */
            createdAt: string;
        };
        NewContact: {
            /** Format: uuid */
            accountId: string;
            name: string;
            title?: string;
            /** Format: email */
            email?: string;
            /** @example +86 10 6552 8888 */
            phone?: string;
            /** @default false */
            isBilling?: boolean;
        };
        /**
         * @description An exact amount in major units, with 2 decimals, in the currency beside it
         * @example 680000.00
         */
        Money: string;
        FollowUp: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            dealId: string;
            /** @enum {string} */
            kind: "material" | "revisit" | "trial_checkin" | "next_step" | "callback" | "contract_negotiation" | "handover";
            kindLabel: string;
            /** @description What to do, when the rep said; kindLabel says it otherwise */
            action?: string;
            /** Format: uuid */
            ownerId: string;
            /** Format: uuid */
            escalateTo: string | null;
            /** Format: date-time */
            dueAt: string;
            /** @enum {string} */
            state: "open" | "snoozed" | "done" | "cancelled";
            /** Format: uuid */
            contactId?: string;
            note?: string;
            alerts: number;
            /** Format: date-time */
            lastAlertAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /** @description The live state of a deal, from its workflow; a new deal pins the process version current at its creation */
        Deal: {
            /** Format: uuid */
            id: string;
            title: string;
            /** Format: uuid */
            accountId: string;
            /** Format: uuid */
            ownerId: string;
            /** @description The calendar the deal’s follow-ups run on, and who hears of missed ones */
            owner: {
                hours: {
                    timezone: string;
                    start: string;
                    end: string;
                };
                /** Format: uuid */
                supervisorId: string | null;
            };
            /** Format: uuid */
            createdBy: string;
            amount: components["schemas"]["Money"];
            currency: string;
            /** @enum {string} */
            stage: "LEAD" | "INTENT" | "PROJECT_INITIATED" | "PRELIMINARY_APPROVAL" | "NEGOTIATION" | "WON" | "LOST";
            stageLabel: string;
            /** @enum {string} */
            status: "open" | "won" | "lost";
            probability: number;
            processVersion: number;
            /** @description The holiday calendar version its business-time timers are computed on (GET /calendar/years) */
            holidayCalendarVersion: number;
            /** @description Gate facts by canonical key; amounts (budget, the quote’s parts) as decimal strings in the deal’s currency */
            facts: {
                [key: string]: unknown;
            };
            next: {
                /** @enum {string} */
                stage: "LEAD" | "INTENT" | "PROJECT_INITIATED" | "PRELIMINARY_APPROVAL" | "NEGOTIATION" | "WON" | "LOST";
                label: string;
                missing: {
                    key: string;
                    label: string;
                    /** @enum {string} */
                    problem: "missing" | "unmet";
                    /** @enum {string} */
                    stage: "LEAD" | "INTENT" | "PROJECT_INITIATED" | "PRELIMINARY_APPROVAL" | "NEGOTIATION" | "WON" | "LOST";
                    requirement?: string;
                }[];
            } | null;
            /** @description The moves the process allows from here, whoever asks */
            allowedMoves: {
                /** @enum {string} */
                to: "LEAD" | "INTENT" | "PROJECT_INITIATED" | "PRELIMINARY_APPROVAL" | "NEGOTIATION" | "WON" | "LOST";
                /** @enum {string} */
                kind: "forward" | "back" | "lost";
                label: string;
            }[];
            /** @description Whether you may change this deal: move it, mark it lost, reopen it, record facts, activities and call-backs. The same rule the commands apply; a follow-up’s own assignee may still act on it */
            canChange: boolean;
            lost?: {
                reason: string;
                note: string;
                competitorWon?: string;
                /** Format: date-time */
                at: string;
                by: string;
                /** @enum {string} */
                fromStage?: "LEAD" | "INTENT" | "PROJECT_INITIATED" | "PRELIMINARY_APPROVAL" | "NEGOTIATION" | "WON" | "LOST";
            };
            reopenCount: number;
            /** @description A move waiting for approval; the deal enters `stage` when it is approved */
            pendingApproval: {
                /** Format: uuid */
                approvalId: string;
                /** @enum {string} */
                status: "pending";
                kind: string;
                /** @enum {string} */
                stage: "LEAD" | "INTENT" | "PROJECT_INITIATED" | "PRELIMINARY_APPROVAL" | "NEGOTIATION" | "WON" | "LOST";
                stageLabel: string;
                /** Format: uuid */
                requestedBy: string;
                /** Format: date-time */
                requestedAt: string;
                url: string;
            } | null;
            history: {
                /** @enum {string} */
                from: "LEAD" | "INTENT" | "PROJECT_INITIATED" | "PRELIMINARY_APPROVAL" | "NEGOTIATION" | "WON" | "LOST";
                /** @enum {string} */
                to: "LEAD" | "INTENT" | "PROJECT_INITIATED" | "PRELIMINARY_APPROVAL" | "NEGOTIATION" | "WON" | "LOST";
                kind: string;
                /** Format: date-time */
                at: string;
                by: string;
                note?: string;
            }[];
            followUps: components["schemas"]["FollowUp"][];
            reminders: {
                /** Format: date-time */
                at: string;
                /** @enum {string} */
                kind: "followup" | "stall";
                /** Format: uuid */
                followUpId?: string;
                level: number;
            }[];
            /** @description The deal’s contract, once drafted: GET /contracts/{id} */
            contract: {
                /** Format: uuid */
                id: string;
                status: string;
            } | null;
            /** @description The deal’s latest tender: GET /tenders/{id} */
            tender: {
                /** Format: uuid */
                id: string;
                tenderNo: string;
                status: string;
            } | null;
            /** Format: date-time */
            stageEnteredAt: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        /** @description An amount in major units (yuan for CNY): a decimal string with at most 2 decimals, or a JSON number with at most 2 decimals; at most 90071992547409.91. Strings are exact; prefer them for large amounts. */
        MoneyInput: string | number;
        NewDeal: {
            title: string;
            /** Format: uuid */
            accountId: string;
            amount: components["schemas"]["MoneyInput"];
            /** @default CNY */
            currency?: string;
            /** Format: uuid */
            ownerId?: string;
            /**
             * @description Gate facts by canonical key; see GET /api/v1/process. Amounts (budget, the quote’s parts) as MoneyInput: a decimal string or a number with at most 2 decimals
             * @default {}
             */
            facts?: {
                [key: string]: unknown;
            };
        };
        DealListItem: {
            /** Format: uuid */
            id: string;
            title: string;
            /** Format: uuid */
            accountId: string;
            accountName: string;
            /** Format: uuid */
            ownerId: string;
            amount: components["schemas"]["Money"];
            currency: string;
            /** @enum {string} */
            stage: "LEAD" | "INTENT" | "PROJECT_INITIATED" | "PRELIMINARY_APPROVAL" | "NEGOTIATION" | "WON" | "LOST";
            /** @enum {string} */
            status: "open" | "won" | "lost";
            probability: number;
            /** Format: date-time */
            stageEnteredAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        FactsPatch: {
            [key: string]: unknown;
        };
        /** @description The move needs approval: the deal stays put until the request is decided */
        ApprovalPending: {
            /** Format: uuid */
            approvalId: string;
            /** @enum {string} */
            status: "pending" | "approved" | "rejected" | "withdrawn" | "cancelled" | "unroutable";
            approvalUrl: string;
            /** @description Who decides it now; null only when nobody could be found (status unroutable) */
            holder: {
                /** Format: uuid */
                approverId: string;
                /**
                 * Format: uuid
                 * @description Who decides it: the approver, or their delegate
                 */
                assigneeId: string;
                /** Format: uuid */
                onBehalfOf: string | null;
                /** Format: date-time */
                since: string;
                /** Format: date-time */
                linksExpireAt: string;
            } | null;
            deal: components["schemas"]["Deal"];
        };
        Transition: {
            /** @enum {string} */
            to: "LEAD" | "INTENT" | "PROJECT_INITIATED" | "PRELIMINARY_APPROVAL" | "NEGOTIATION" | "WON" | "LOST";
            note?: string;
        };
        Lost: {
            /** @enum {string} */
            lostReason: "price" | "competitor" | "no_budget" | "no_decision" | "requirements_mismatch" | "other";
            lostNote: string;
            competitorWon?: string;
        };
        Reopen: {
            reason: string;
        };
        TimelineEvent: {
            /** Format: uuid */
            dealId: string;
            seq: number;
            type: string;
            /** Format: date-time */
            at: string;
            /** Format: uuid */
            actorId: string | null;
            data?: unknown;
        };
        Installment: {
            /** Format: uuid */
            id: string;
            seq: number;
            label: string;
            amount: components["schemas"]["Money"];
            due: {
                /** @enum {string} */
                kind: "on_date";
                /** Format: date */
                date: string;
            } | {
                /** @enum {string} */
                kind: "after_signing";
                days: number;
            } | {
                /** @enum {string} */
                kind: "after_milestone";
                /** @enum {string} */
                milestone: "acceptance" | "go_live" | "warranty_end";
                days: number;
            };
            /**
             * Format: date-time
             * @description Known once its rule can say: at signing, or when its milestone is reported
             */
            dueAt: string | null;
            paid: components["schemas"]["Money"];
            outstanding: components["schemas"]["Money"];
            /**
             * @description planned until the contract is signed; scheduled until its due date is known
             * @enum {string}
             */
            status: "planned" | "scheduled" | "open" | "paid";
            /** @enum {string|null} */
            paused: "contract" | "dispute" | "promise" | null;
            nextReminder: {
                /** Format: date-time */
                at: string;
                rung: string;
            } | null;
            dispute: {
                reason: string;
                /**
                 * Format: uuid
                 * @description A user id
                 */
                by: string;
                /** Format: date-time */
                at: string;
            } | null;
            promise: {
                /** Format: date-time */
                until: string;
                note?: string;
                /**
                 * Format: uuid
                 * @description A user id
                 */
                by: string;
                /** Format: date-time */
                at: string;
            } | null;
            payments: {
                /** Format: uuid */
                id: string;
                amount: components["schemas"]["Money"];
                /** Format: date-time */
                receivedAt: string;
                reference: string;
                /**
                 * Format: uuid
                 * @description A user id
                 */
                by: string;
                /** Format: date-time */
                at: string;
            }[];
        };
        /** @description The deal’s side of the contract (draft, approval, signature) and, once signed, its collection */
        Contract: {
            /** Format: uuid */
            id: string;
            reference: string;
            /** Format: uuid */
            dealId: string;
            /** @enum {string} */
            status: "draft" | "pending_approval" | "approved" | "signed" | "paid";
            amount: components["schemas"]["Money"];
            currency: string;
            technicalAgreement: string | null;
            warrantyMonths: number | null;
            /** @enum {string|null} */
            region: "north" | "south" | "default" | null;
            /** Format: uuid */
            approvalId: string | null;
            /** @description Why the last approval sent it back to draft */
            returned: {
                status: string;
                /**
                 * Format: uuid
                 * @description A user id
                 */
                by?: string;
                comment?: string;
                /** Format: date-time */
                at: string;
            } | null;
            /** Format: date-time */
            signedAt: string | null;
            /**
             * Format: uuid
             * @description The manager present at signing
             */
            signedBy: string | null;
            paused: {
                reason: string;
                /**
                 * Format: uuid
                 * @description A user id
                 */
                by: string;
                /** Format: date-time */
                at: string;
            } | null;
            milestones: {
                acceptance?: {
                    label: string;
                    /** Format: date-time */
                    at: string;
                };
                go_live?: {
                    label: string;
                    /** Format: date-time */
                    at: string;
                };
                warranty_end?: {
                    label: string;
                    /** Format: date-time */
                    at: string;
                };
            };
            installments: components["schemas"]["Installment"][];
            history: {
                seq: number;
                type: string;
                /** Format: date-time */
                at: string;
                /**
                 * Format: uuid
                 * @description A user id
                 */
                actorId: string | null;
                /** Format: uuid */
                installmentId: string | null;
                data: {
                    [key: string]: unknown;
                };
            }[];
        };
        /** @description Without a schedule: 30% on signing, 60% on acceptance, 10% when the warranty ends */
        ContractDraft: {
            amount: string | number;
            currency?: string;
            technicalAgreement?: string;
            /** @description 质保期 in months from acceptance; the process’s default (12) unless given */
            warrantyMonths?: number;
            /**
             * @description Where the customer is: the seasons of its return visits
             * @enum {string}
             */
            region?: "north" | "south" | "default";
            schedule?: {
                label: string;
                percent?: number;
                amount?: string | number;
                due: {
                    /** @enum {string} */
                    kind: "on_date";
                    /** Format: date */
                    date: string;
                } | {
                    /** @enum {string} */
                    kind: "after_signing";
                    days: number;
                } | {
                    /** @enum {string} */
                    kind: "after_milestone";
                    /** @enum {string} */
                    milestone: "acceptance" | "go_live" | "warranty_end";
                    /** @default 0 */
                    days?: number;
                };
            }[];
        };
        ContractSigning: {
            /** Format: date-time */
            signedAt: string;
            /**
             * Format: uuid
             * @description The manager present at signing
             */
            signedBy: string;
            /**
             * Format: uuid
             * @description Who takes the technical handover of a tender won; the first service user by default
             */
            implementationLeadId?: string;
        };
        MilestoneReport: {
            /** @enum {string} */
            milestone: "acceptance" | "go_live" | "warranty_end";
            /** Format: date-time */
            at: string;
        };
        NewPayment: {
            amount: string | number;
            /** Format: date-time */
            receivedAt: string;
            reference: string;
        };
        PromiseToPay: {
            /** Format: date-time */
            until: string;
            note?: string;
        };
        /** @description What is outstanding per age bucket and currency; `upcoming` is not due yet */
        Ageing: {
            buckets: {
                /** @enum {string} */
                bucket: "upcoming" | "0-30" | "31-60" | "61-90" | "90+";
                amounts: {
                    currency: string;
                    outstanding: string;
                    count: number;
                }[];
            }[];
        };
        Receivable: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            contractId: string;
            contractReference: string;
            /** Format: uuid */
            dealId: string;
            dealTitle: string;
            accountName: string;
            /** Format: uuid */
            ownerId: string;
            seq: number;
            label: string;
            amount: string;
            paid: string;
            outstanding: string;
            currency: string;
            /** Format: date-time */
            dueAt: string;
            daysOverdue: number;
            /** @enum {string|null} */
            bucket: "0-30" | "31-60" | "61-90" | "90+" | null;
            pausedBy: string | null;
            lastRung: string | null;
            /** Format: date-time */
            nextReminderAt: string | null;
        };
        Visit: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            contractId: string;
            key: string;
            /** @enum {string} */
            kind: "routine" | "seasonal" | "monthly_check" | "technical";
            label: string;
            season: string | null;
            /** Format: date-time */
            dueAt: string;
            /** Format: uuid */
            assigneeId: string;
            purpose: string | null;
            /** @enum {string} */
            status: "planned" | "recorded";
            record: {
                /** Format: date-time */
                visitedAt: string;
                visitors: string[];
                customerContacts: string[];
                checked: string;
                problems: string;
                actions: string;
                satisfaction: number;
                confirmedBy: {
                    name: string;
                    /** Format: date-time */
                    at: string;
                };
                /** Format: uuid */
                ticketId: string | null;
                /** Format: uuid */
                recordedBy: string;
                /** Format: date-time */
                recordedAt: string;
            } | null;
        };
        Service: {
            /** Format: uuid */
            contractId: string;
            reference: string;
            /** Format: uuid */
            engineerId: string;
            /** @enum {string} */
            warrantyStatus: "in_warranty" | "out_of_warranty";
            checklist: {
                /** @enum {string} */
                key: "environment_ready" | "installed" | "debugged" | "training" | "onsite_qa" | "acceptance";
                label: string;
                /** Format: uuid */
                ownerId: string;
                /** Format: date-time */
                dueAt: string;
                late: boolean;
                done: {
                    /** Format: uuid */
                    by: string;
                    /** Format: date-time */
                    at: string;
                    note: string | null;
                } | null;
            }[];
            trainings: {
                /** Format: uuid */
                id: string;
                /** Format: date-time */
                heldAt: string;
                trainers: string[];
                trainees: {
                    name: string;
                    /** @enum {string} */
                    kind: "operator" | "maintenance" | "technical_manager";
                    score: number;
                    passed: boolean;
                }[];
                topics: string[];
                passed: boolean;
            }[];
            acceptance: {
                signedBy: string;
                /** Format: date-time */
                signedAt: string;
                remarks: string | null;
            } | null;
            warranty: {
                months: number;
                /** Format: date-time */
                startsAt: string;
                /** Format: date-time */
                endsAt: string;
                ended: boolean;
            } | null;
            nextVisits: components["schemas"]["Visit"][];
            tickets: {
                /** Format: uuid */
                id: string;
                title: string;
                /** @enum {string} */
                priority: "urgent" | "high" | "normal" | "low";
                /** @enum {string} */
                warranty: "in_warranty" | "out_of_warranty";
                /** Format: uuid */
                visitId: string | null;
                /** Format: date-time */
                openedAt: string;
            }[];
        };
        ChecklistChange: {
            /** @description true completes the item, false reopens it */
            done: boolean;
            note?: string;
            /** @description Why a done item reopens; required to reopen */
            reason?: string;
        };
        NewTraining: {
            /** Format: date-time */
            heldAt: string;
            trainers: string[];
            trainees: {
                name: string;
                /** @enum {string} */
                kind: "operator" | "maintenance" | "technical_manager";
                /** @description The assessment, on the scale of the process (0–100 by default) */
                score: number;
            }[];
            topics: string[];
        };
        NewAcceptance: {
            /** @description The customer’s person who signed the acceptance */
            signedBy: string;
            /** Format: date-time */
            signedAt: string;
            remarks?: string;
        };
        /** @description A signed contract with its after-sales service: what a ticket is opened for */
        ServicedContract: {
            /** Format: uuid */
            contractId: string;
            reference: string;
            /** Format: uuid */
            dealId: string;
            dealTitle: string;
            customer: string;
            /** @enum {string} */
            warrantyStatus: "in_warranty" | "out_of_warranty";
            /** Format: date-time */
            acceptedAt: string | null;
            /** Format: date-time */
            warrantyEndsAt: string | null;
        };
        TicketOpened: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            contractId: string;
            /** @enum {string} */
            warranty: "in_warranty" | "out_of_warranty";
        };
        NewTicket: {
            /** Format: uuid */
            contractId: string;
            title: string;
            description: string;
            /** @enum {string} */
            priority: "urgent" | "high" | "normal" | "low";
            reportedBy: string;
            /** Format: date-time */
            reportedAt: string;
        };
        /** @description A visit in a list, with whom and which contract it is for */
        ListedVisit: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            contractId: string;
            key: string;
            /** @enum {string} */
            kind: "routine" | "seasonal" | "monthly_check" | "technical";
            label: string;
            season: string | null;
            /** Format: date-time */
            dueAt: string;
            /** Format: uuid */
            assigneeId: string;
            purpose: string | null;
            /** @enum {string} */
            status: "planned" | "recorded";
            record: {
                /** Format: date-time */
                visitedAt: string;
                visitors: string[];
                customerContacts: string[];
                checked: string;
                problems: string;
                actions: string;
                satisfaction: number;
                confirmedBy: {
                    name: string;
                    /** Format: date-time */
                    at: string;
                };
                /** Format: uuid */
                ticketId: string | null;
                /** Format: uuid */
                recordedBy: string;
                /** Format: date-time */
                recordedAt: string;
            } | null;
            /** @description The contract’s reference */
            reference: string;
            /** Format: uuid */
            dealId: string;
            dealTitle: string;
            /** @description The customer’s (account’s) name */
            customer: string;
        };
        /** @description An ad-hoc technical visit (技术性回访) */
        NewVisit: {
            /** Format: uuid */
            contractId: string;
            /** Format: date-time */
            dueAt: string;
            /** Format: uuid */
            assigneeId?: string;
            purpose: string;
        };
        /** @description The written record of a visit (《工程回访记录》) */
        VisitRecord: {
            /** Format: date-time */
            visitedAt: string;
            visitors: string[];
            customerContacts: string[];
            checked: string;
            problems: string;
            actions: string;
            satisfaction: number;
            confirmedBy: {
                name: string;
                /** Format: date-time */
                at: string;
            };
            /** @description Opens a support ticket for a problem found, in the same step */
            ticket?: {
                title: string;
                description: string;
                /** @enum {string} */
                priority: "urgent" | "high" | "normal" | "low";
            };
        };
        Tender: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            dealId: string;
            tenderNo: string;
            /** @enum {string} */
            status: "open" | "submitted" | "missed" | "won" | "lost" | "cancelled";
            /** Format: uuid */
            presalesId: string;
            /** Format: date-time */
            issuedAt: string;
            /** Format: date-time */
            submissionDeadline: string;
            /** Format: date-time */
            openingAt: string;
            /** Format: date-time */
            presentationAt: string | null;
            documents: {
                name: string;
                url: string;
            }[];
            bidBond: {
                amount: components["schemas"]["Money"];
                /** Format: date-time */
                dueAt: string;
            } | null;
            checklist: {
                key: string;
                label: string;
                /** Format: uuid */
                ownerId: string;
                done: boolean;
                note: string | null;
                /** Format: uuid */
                doneBy: string | null;
                /** Format: date-time */
                doneAt: string | null;
            }[];
            review: {
                /** Format: uuid */
                approvalId: string;
                /** @enum {string} */
                status: "pending" | "approved" | "rejected" | "withdrawn" | "cancelled" | "unroutable";
                price: components["schemas"]["Money"];
                discountPercent?: number;
                /** Format: uuid */
                requestedBy: string;
                /** Format: date-time */
                requestedAt: string;
            } | null;
            /** Format: date-time */
            submittedAt: string | null;
            result: {
                /** @enum {string} */
                outcome: "won" | "lost" | "cancelled";
                winner?: string;
                ourRank?: number;
                note: string;
                keepOpen?: boolean;
                /** Format: uuid */
                by: string;
                /** Format: date-time */
                at: string;
            } | null;
            next: {
                /** @enum {string} */
                kind: "deadline_reminder" | "presentation_reminder" | "deadline";
                /** Format: date-time */
                at: string;
            }[];
            history: {
                seq: number;
                type: string;
                /** Format: date-time */
                at: string;
                /** Format: uuid */
                actorId: string | null;
                data: {
                    [key: string]: unknown;
                };
            }[];
        };
        NewTender: {
            tenderNo: string;
            /** Format: date-time */
            issuedAt: string;
            /** Format: date-time */
            submissionDeadline: string;
            /** Format: date-time */
            openingAt: string;
            /** Format: date-time */
            presentationAt?: string;
            /** @default [] */
            documents?: {
                name: string;
                /** Format: uri */
                url: string;
            }[];
            bidBond?: {
                amount: string | number;
                /** Format: date-time */
                dueAt: string;
            };
            /**
             * Format: uuid
             * @description The presales engineer who writes the bid
             */
            presalesId: string;
        };
        TenderListItem: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            dealId: string;
            tenderNo: string;
            /** @enum {string} */
            status: "open" | "submitted" | "missed" | "won" | "lost" | "cancelled";
            /** Format: uuid */
            ownerId: string;
            /** Format: uuid */
            presalesId: string;
            /** Format: date-time */
            submissionDeadline: string;
            /** Format: date-time */
            openingAt: string;
            /** Format: date-time */
            presentationAt: string | null;
        };
        /** @description Durations in milliseconds of the policy’s calendar, read at the time of the answer */
        SlaClock: {
            /** @enum {string} */
            target: "response" | "restore";
            policy: string;
            /** @enum {string} */
            calendar: "around_the_clock" | "business_hours";
            targetMs: number;
            consumedMs: number;
            pausedMs: number;
            remainingMs: number;
            /**
             * Format: date-time
             * @description When the target runs (or ran) out; null while the clock stands still, or once met in time
             */
            deadline: string | null;
            /** Format: date-time */
            warningAt: string | null;
            /** Format: date-time */
            warnedAt: string | null;
            /**
             * Format: date-time
             * @description Once breached, a target stays breached
             */
            breachedAt: string | null;
            /** Format: date-time */
            metAt: string | null;
            /** @enum {string} */
            status: "running" | "paused" | "met" | "breached";
        };
        Ticket: {
            /** Format: uuid */
            id: string;
            reference: string;
            title: string;
            /** Format: uuid */
            contractId: string;
            /** Format: uuid */
            dealId: string;
            dealTitle: string;
            /** Format: uuid */
            ownerId: string;
            /** Format: uuid */
            assigneeId: string | null;
            /** @enum {string} */
            priority: "urgent" | "high" | "normal" | "low";
            /** @enum {string} */
            warranty: "in_warranty" | "out_of_warranty";
            /** @enum {string} */
            state: "open" | "responded" | "in_progress" | "waiting_customer" | "restored" | "closed";
            policy: string;
            breached: boolean;
            /** @description Out of warranty: the parts used are billed at cost (labour stays free) */
            billableParts: boolean;
            /** Format: date-time */
            reportedAt: string;
            /** Format: date-time */
            responseDeadline: string | null;
            /** Format: date-time */
            restoreDeadline: string | null;
            sla: components["schemas"]["SlaClock"][];
        };
        TicketDetail: {
            /** Format: uuid */
            id: string;
            reference: string;
            title: string;
            /** Format: uuid */
            contractId: string;
            /** Format: uuid */
            dealId: string;
            dealTitle: string;
            /** Format: uuid */
            ownerId: string;
            /** Format: uuid */
            assigneeId: string | null;
            /** @enum {string} */
            priority: "urgent" | "high" | "normal" | "low";
            /** @enum {string} */
            warranty: "in_warranty" | "out_of_warranty";
            /** @enum {string} */
            state: "open" | "responded" | "in_progress" | "waiting_customer" | "restored" | "closed";
            policy: string;
            breached: boolean;
            /** @description Out of warranty: the parts used are billed at cost (labour stays free) */
            billableParts: boolean;
            /** Format: date-time */
            reportedAt: string;
            /** Format: date-time */
            responseDeadline: string | null;
            /** Format: date-time */
            restoreDeadline: string | null;
            sla: components["schemas"]["SlaClock"][];
            description: string;
            reportedBy: string;
            /** Format: uuid */
            openedBy: string;
            resolution: string | null;
            /** Format: date-time */
            respondedAt: string | null;
            /** Format: date-time */
            restoredAt: string | null;
            /** Format: date-time */
            reopenUntil: string | null;
            reopenedCount: number;
            history: {
                seq: number;
                type: string;
                /** Format: date-time */
                at: string;
                actorId: string | null;
                data: {
                    [key: string]: unknown;
                };
            }[];
        };
        TicketRestore: {
            resolution: string;
        };
        TicketAssign: {
            /** Format: uuid */
            assigneeId: string;
        };
        TicketPriorityChange: {
            /** @enum {string} */
            priority: "urgent" | "high" | "normal" | "low";
        };
        ApprovalListItem: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            dealId: string;
            dealTitle: string;
            kind: string;
            /** @enum {string} */
            status: "pending" | "approved" | "rejected" | "withdrawn" | "cancelled" | "unroutable";
            amount: components["schemas"]["Money"];
            currency: string;
            /** Format: uuid */
            requesterId: string;
            /** Format: uuid */
            assigneeId: string | null;
            /** Format: uuid */
            approverId: string | null;
            currentLevel: number | null;
            /** Format: date-time */
            requestedAt: string;
            /** Format: date-time */
            decidedAt: string | null;
        };
        ApprovalHolder: {
            /** Format: uuid */
            approverId: string;
            /**
             * Format: uuid
             * @description Who decides it: the approver, or their delegate
             */
            assigneeId: string;
            /** Format: uuid */
            onBehalfOf: string | null;
            /** Format: date-time */
            since: string;
            /** Format: date-time */
            linksExpireAt: string;
        } | null;
        ApprovalLevel: {
            level: number;
            /** @description A role, or a named approver */
            rule: {
                role: string;
            } | {
                /** Format: uuid */
                userId: string;
            };
            /** @enum {string} */
            status: "waiting" | "pending" | "approved" | "rejected" | "skipped";
            assignments: {
                n: number;
                /** Format: uuid */
                approverId: string;
                /**
                 * Format: uuid
                 * @description The approver, or their delegate
                 */
                assigneeId: string;
                /** Format: uuid */
                onBehalfOf: string | null;
                /** Format: uuid */
                escalatedFrom: string | null;
                /** Format: date-time */
                at: string;
                /** Format: date-time */
                remindedAt: string | null;
            }[];
            decision: {
                /** @enum {string} */
                outcome: "approved" | "rejected";
                /** Format: uuid */
                by: string;
                /** Format: uuid */
                onBehalfOf: string | null;
                comment: string | null;
                /** Format: date-time */
                at: string;
                /** @enum {string} */
                via: "inbox" | "link";
            } | null;
            skipped: {
                /** Format: uuid */
                userId?: string;
                reason: string;
            } | null;
        };
        Approval: {
            /** Format: uuid */
            id: string;
            kind: string;
            kindLabel: string;
            /** @enum {string} */
            status: "pending" | "approved" | "rejected" | "withdrawn" | "cancelled" | "unroutable";
            deal: {
                /** Format: uuid */
                id: string;
                title: string;
                /** Format: uuid */
                ownerId: string;
                stage: string;
            };
            stage: string | null;
            stageLabel: string | null;
            amount: components["schemas"]["Money"];
            currency: string;
            /** Format: uuid */
            requesterId: string;
            note: string | null;
            /** Format: date-time */
            requestedAt: string;
            /** Format: date-time */
            decidedAt: string | null;
            currentLevel: number | null;
            holder: components["schemas"]["ApprovalHolder"];
            /** Format: date-time */
            nextReminderAt: string | null;
            /** Format: date-time */
            nextEscalationAt: string | null;
            chain: components["schemas"]["ApprovalLevel"][];
            history: {
                seq: number;
                type: string;
                /** Format: date-time */
                at: string;
                /** Format: uuid */
                actorId: string | null;
                level: number | null;
                data?: unknown;
            }[];
            people: {
                [key: string]: string;
            };
        };
        ApprovalDecision: {
            /** @enum {string} */
            decision: "approve" | "reject";
            comment?: string;
        };
        ApprovalWithdrawal: {
            reason?: string;
        };
        /** @description An activity logged on a deal */
        Activity: {
            /** Format: uuid */
            dealId: string;
            /** @description Its entry on the deal’s timeline */
            seq: number;
            /** @enum {string} */
            type: "call" | "email_material" | "meeting" | "demo" | "trial_install" | "revisit" | "training" | "customer_reply" | "note";
            /** Format: date-time */
            at: string;
            summary: string;
            outcome: string | null;
            contactIds: string[];
            /** @description The follow-ups its rules and its next step scheduled */
            followUps: components["schemas"]["FollowUp"][];
            /** @description The follow-ups it made unnecessary */
            cancelledFollowUpIds: string[];
        };
        NewActivity: {
            /** @enum {string} */
            type: "call" | "email_material" | "meeting" | "demo" | "trial_install" | "revisit" | "training" | "customer_reply" | "note";
            /**
             * Format: date-time
             * @description When it happened; now when absent
             */
            at?: string;
            summary: string;
            outcome?: string;
            contactIds?: string[];
            nextStep?: {
                action: string;
                /** Format: date-time */
                dueAt: string;
                /** Format: uuid */
                ownerId?: string;
            };
            /** @description email_material only: days until the follow-up (3–7) */
            followUpDays?: number;
            /**
             * Format: date-time
             * @description demo only: the revisit date agreed with the customer
             */
            revisitAt?: string;
        };
        NewCallback: {
            /** Format: date-time */
            at: string;
            /** Format: uuid */
            contactId: string;
            note?: string;
        };
        FollowUpRow: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            dealId: string;
            dealTitle: string;
            /** Format: uuid */
            ownerId: string;
            /** @enum {string} */
            kind: "material" | "revisit" | "trial_checkin" | "next_step" | "callback" | "contract_negotiation" | "handover";
            kindLabel: string;
            action: string;
            /** Format: date-time */
            dueAt: string;
            /** @enum {string} */
            state: "open" | "snoozed" | "done" | "cancelled";
            /** Format: uuid */
            contactId: string | null;
            note: string | null;
        };
        ProcessDefinition: {
            version: number;
            stages: {
                key: string;
                label: string;
                probability: number;
                entryFacts: {
                    key: string;
                    label: string;
                    requirement?: string;
                    /** @description Recorded by the process itself, not by people */
                    system: boolean;
                    /**
                     * @description The value lists ids of these records
                     * @enum {string}
                     */
                    references?: "contact" | "user";
                    /** @description The JSON Schema of its value */
                    schema: {
                        [key: string]: unknown;
                    };
                }[];
            }[];
            lostReasons: {
                key: string;
                label: string;
            }[];
            activityTypes: {
                key: string;
                label: string;
            }[];
            reopenLimit: number;
            /** @description The reminders chasing an installment: days from its due date, and who is copied besides the billing contact */
            dunningLadder: {
                key: string;
                label: string;
                offsetDays: number;
                cc: string[];
            }[];
            /**
             * @description The priority a new support ticket is offered with
             * @enum {string}
             */
            ticketPriority: "urgent" | "high" | "normal" | "low";
            /** @description The business calendar workflows started now are handed (GET /calendar/years) */
            holidayCalendar: {
                version: number;
                covered: number[];
                /** @description This year, and next year from 1 November, when the calendar has no holidays for them: their dates count weekends only */
                missing: number[];
                warning: string | null;
            };
        };
        ProcessVersionSummary: {
            version: number;
            /**
             * @description draft: editable; published: immutable
             * @enum {string}
             */
            status: "draft" | "published";
            /** @description The newest published version: the one new deals are meant to pin */
            current: boolean;
            /** @description Version 1, built into the code */
            builtIn: boolean;
            /** Format: uuid */
            createdById: string | null;
            createdAt: string | null;
            publishedAt: string | null;
        };
        /** @description The same words in Chinese and English */
        ProcessLabel: {
            zh: string;
            en: string;
        };
        ProcessFactType: {
            /** @enum {string} */
            type: "text";
        } | {
            /** @enum {string} */
            type: "longText";
        } | {
            /** @enum {string} */
            type: "number";
            min?: number;
            max?: number;
            integer?: boolean;
        } | {
            /** @enum {string} */
            type: "money";
        } | {
            /** @enum {string} */
            type: "percent";
            integer?: boolean;
        } | {
            /** @enum {string} */
            type: "date";
        } | {
            /** @enum {string} */
            type: "boolean";
        } | {
            /** @enum {string} */
            type: "enum";
            options: string[];
        } | {
            /** @enum {string} */
            type: "textList";
            min?: number;
            max?: number;
        } | {
            /** @enum {string} */
            type: "contacts";
        } | {
            /** @enum {string} */
            type: "users";
        } | {
            /** @enum {string} */
            type: "object";
            parts: {
                key: string;
                label: components["schemas"]["ProcessLabel"];
                value: {
                    /** @enum {string} */
                    type: "text";
                } | {
                    /** @enum {string} */
                    type: "longText";
                } | {
                    /** @enum {string} */
                    type: "number";
                    min?: number;
                    max?: number;
                    integer?: boolean;
                } | {
                    /** @enum {string} */
                    type: "money";
                } | {
                    /** @enum {string} */
                    type: "percent";
                    integer?: boolean;
                } | {
                    /** @enum {string} */
                    type: "date";
                } | {
                    /** @enum {string} */
                    type: "boolean";
                } | {
                    /** @enum {string} */
                    type: "enum";
                    options: string[];
                } | {
                    /** @enum {string} */
                    type: "textList";
                    min?: number;
                    max?: number;
                } | {
                    /** @enum {string} */
                    type: "contacts";
                } | {
                    /** @enum {string} */
                    type: "users";
                };
                optional?: boolean;
            }[];
            atLeastOne?: {
                parts: string[];
                message: components["schemas"]["ProcessLabel"];
            };
        };
        ProcessRequirement: {
            /** @enum {string} */
            kind: "isTrue";
            label: components["schemas"]["ProcessLabel"];
        } | {
            /** @enum {string} */
            kind: "minItems";
            count: number;
            label: components["schemas"]["ProcessLabel"];
        } | {
            /** @enum {string} */
            kind: "atLeast";
            value: number;
            label: components["schemas"]["ProcessLabel"];
        } | {
            /** @enum {string} */
            kind: "greaterThan";
            value: number;
            label: components["schemas"]["ProcessLabel"];
        } | {
            /** @enum {string} */
            kind: "withinMonths";
            months: number;
            label: components["schemas"]["ProcessLabel"];
        };
        ProcessFact: {
            key: string;
            label: components["schemas"]["ProcessLabel"];
            value: components["schemas"]["ProcessFactType"];
            requirement?: components["schemas"]["ProcessRequirement"];
            /** @description Set by the process itself (contract, payment), never recorded by hand */
            system?: boolean;
        };
        ProcessTimings: {
            /** @description Follow-up reminders and the stall watch */
            followUps: {
                rules: {
                    /** @enum {string} */
                    after: "call" | "email_material" | "meeting" | "demo" | "trial_install" | "revisit" | "training" | "customer_reply" | "note";
                    /** @enum {string} */
                    creates: "material" | "revisit" | "trial_checkin" | "next_step" | "callback" | "contract_negotiation" | "handover";
                    dueAfter: {
                        businessDays: number;
                    } | {
                        businessHours: number;
                    } | {
                        days: number;
                    } | {
                        hours: number;
                    } | {
                        minutes: number;
                    } | {
                        seconds: number;
                    };
                }[];
                materialWindowDays: {
                    min: number;
                    max: number;
                };
                cancelledBy: {
                    call?: ("material" | "revisit" | "trial_checkin" | "next_step" | "callback" | "contract_negotiation" | "handover")[];
                    email_material?: ("material" | "revisit" | "trial_checkin" | "next_step" | "callback" | "contract_negotiation" | "handover")[];
                    meeting?: ("material" | "revisit" | "trial_checkin" | "next_step" | "callback" | "contract_negotiation" | "handover")[];
                    demo?: ("material" | "revisit" | "trial_checkin" | "next_step" | "callback" | "contract_negotiation" | "handover")[];
                    trial_install?: ("material" | "revisit" | "trial_checkin" | "next_step" | "callback" | "contract_negotiation" | "handover")[];
                    revisit?: ("material" | "revisit" | "trial_checkin" | "next_step" | "callback" | "contract_negotiation" | "handover")[];
                    training?: ("material" | "revisit" | "trial_checkin" | "next_step" | "callback" | "contract_negotiation" | "handover")[];
                    customer_reply?: ("material" | "revisit" | "trial_checkin" | "next_step" | "callback" | "contract_negotiation" | "handover")[];
                    note?: ("material" | "revisit" | "trial_checkin" | "next_step" | "callback" | "contract_negotiation" | "handover")[];
                };
                remindAgainAfter: {
                    businessDays: number;
                } | {
                    businessHours: number;
                } | {
                    days: number;
                } | {
                    hours: number;
                } | {
                    minutes: number;
                } | {
                    seconds: number;
                };
                escalateAfter: {
                    businessDays: number;
                } | {
                    businessHours: number;
                } | {
                    days: number;
                } | {
                    hours: number;
                } | {
                    minutes: number;
                } | {
                    seconds: number;
                };
                /** @description No activity for this long in a stage reminds the owner */
                stallAfter: {
                    LEAD?: {
                        businessDays: number;
                    } | {
                        businessHours: number;
                    } | {
                        days: number;
                    } | {
                        hours: number;
                    } | {
                        minutes: number;
                    } | {
                        seconds: number;
                    };
                    INTENT?: {
                        businessDays: number;
                    } | {
                        businessHours: number;
                    } | {
                        days: number;
                    } | {
                        hours: number;
                    } | {
                        minutes: number;
                    } | {
                        seconds: number;
                    };
                    PROJECT_INITIATED?: {
                        businessDays: number;
                    } | {
                        businessHours: number;
                    } | {
                        days: number;
                    } | {
                        hours: number;
                    } | {
                        minutes: number;
                    } | {
                        seconds: number;
                    };
                    PRELIMINARY_APPROVAL?: {
                        businessDays: number;
                    } | {
                        businessHours: number;
                    } | {
                        days: number;
                    } | {
                        hours: number;
                    } | {
                        minutes: number;
                    } | {
                        seconds: number;
                    };
                    NEGOTIATION?: {
                        businessDays: number;
                    } | {
                        businessHours: number;
                    } | {
                        days: number;
                    } | {
                        hours: number;
                    } | {
                        minutes: number;
                    } | {
                        seconds: number;
                    };
                };
                workingHoursOnly: boolean;
            };
            /** @description The approval matrix, the stage gates that need approval, and their reminders */
            approvals: {
                matrix: {
                    /** @enum {string} */
                    kind: "stage_gate" | "quote_discount" | "contract" | "bid_review";
                    /** @description Minor units (fen) */
                    minAmount: number;
                    /** @description Minor units (fen) */
                    maxAmount?: number;
                    chain: ({
                        /** @enum {string} */
                        role: "supervisor" | "executive" | "admin";
                    } | {
                        userId: string;
                    })[];
                }[];
                ladder: ("supervisor" | "executive" | "admin")[];
                gates: {
                    LEAD?: {
                        /** @enum {string} */
                        kind: "stage_gate" | "quote_discount" | "contract" | "bid_review";
                        /** @enum {string} */
                        when: "always" | "quoteDiscountAboveLimit";
                        /**
                         * @description deal: the deal's amount; quoteTotal: the preliminary quote's total, else the deal's
                         * @enum {string}
                         */
                        amount: "deal" | "quoteTotal";
                    };
                    INTENT?: {
                        /** @enum {string} */
                        kind: "stage_gate" | "quote_discount" | "contract" | "bid_review";
                        /** @enum {string} */
                        when: "always" | "quoteDiscountAboveLimit";
                        /**
                         * @description deal: the deal's amount; quoteTotal: the preliminary quote's total, else the deal's
                         * @enum {string}
                         */
                        amount: "deal" | "quoteTotal";
                    };
                    PROJECT_INITIATED?: {
                        /** @enum {string} */
                        kind: "stage_gate" | "quote_discount" | "contract" | "bid_review";
                        /** @enum {string} */
                        when: "always" | "quoteDiscountAboveLimit";
                        /**
                         * @description deal: the deal's amount; quoteTotal: the preliminary quote's total, else the deal's
                         * @enum {string}
                         */
                        amount: "deal" | "quoteTotal";
                    };
                    PRELIMINARY_APPROVAL?: {
                        /** @enum {string} */
                        kind: "stage_gate" | "quote_discount" | "contract" | "bid_review";
                        /** @enum {string} */
                        when: "always" | "quoteDiscountAboveLimit";
                        /**
                         * @description deal: the deal's amount; quoteTotal: the preliminary quote's total, else the deal's
                         * @enum {string}
                         */
                        amount: "deal" | "quoteTotal";
                    };
                    NEGOTIATION?: {
                        /** @enum {string} */
                        kind: "stage_gate" | "quote_discount" | "contract" | "bid_review";
                        /** @enum {string} */
                        when: "always" | "quoteDiscountAboveLimit";
                        /**
                         * @description deal: the deal's amount; quoteTotal: the preliminary quote's total, else the deal's
                         * @enum {string}
                         */
                        amount: "deal" | "quoteTotal";
                    };
                    WON?: {
                        /** @enum {string} */
                        kind: "stage_gate" | "quote_discount" | "contract" | "bid_review";
                        /** @enum {string} */
                        when: "always" | "quoteDiscountAboveLimit";
                        /**
                         * @description deal: the deal's amount; quoteTotal: the preliminary quote's total, else the deal's
                         * @enum {string}
                         */
                        amount: "deal" | "quoteTotal";
                    };
                    LOST?: {
                        /** @enum {string} */
                        kind: "stage_gate" | "quote_discount" | "contract" | "bid_review";
                        /** @enum {string} */
                        when: "always" | "quoteDiscountAboveLimit";
                        /**
                         * @description deal: the deal's amount; quoteTotal: the preliminary quote's total, else the deal's
                         * @enum {string}
                         */
                        amount: "deal" | "quoteTotal";
                    };
                };
                quoteDiscountLimit: number;
                timing: {
                    remindAfter: {
                        businessDays: number;
                    } | {
                        businessHours: number;
                    } | {
                        days: number;
                    } | {
                        hours: number;
                    } | {
                        minutes: number;
                    } | {
                        seconds: number;
                    };
                    escalateAfter: {
                        businessDays: number;
                    } | {
                        businessHours: number;
                    } | {
                        days: number;
                    } | {
                        hours: number;
                    } | {
                        minutes: number;
                    } | {
                        seconds: number;
                    };
                    linkValidFor: {
                        businessDays: number;
                    } | {
                        businessHours: number;
                    } | {
                        days: number;
                    } | {
                        hours: number;
                    } | {
                        minutes: number;
                    } | {
                        seconds: number;
                    };
                    workingHoursOnly: boolean;
                };
            };
            /** @description The dunning ladder */
            collection: {
                ladder: {
                    /** @enum {string} */
                    key: "courtesy" | "due" | "overdue_7" | "overdue_15" | "final";
                    label: components["schemas"]["ProcessLabel"];
                    offsetDays: number;
                    cc: ("rep" | "finance" | "supervisor" | "executive")[];
                }[];
                day: {
                    businessDays: number;
                } | {
                    businessHours: number;
                } | {
                    days: number;
                } | {
                    hours: number;
                } | {
                    minutes: number;
                } | {
                    seconds: number;
                };
                workingHoursOnly: boolean;
            };
            tenders: {
                stages: ("LEAD" | "INTENT" | "PROJECT_INITIATED" | "PRELIMINARY_APPROVAL" | "NEGOTIATION" | "WON" | "LOST")[];
                /** @enum {string} */
                presalesRole: "rep" | "presales" | "supervisor" | "executive" | "finance" | "service" | "admin";
                checklist: {
                    key: string;
                    label: components["schemas"]["ProcessLabel"];
                    /** @enum {string} */
                    owner: "presales" | "rep" | "finance";
                }[];
                timing: {
                    deadlineReminders: {
                        before: {
                            businessDays: number;
                        } | {
                            businessHours: number;
                        } | {
                            days: number;
                        } | {
                            hours: number;
                        } | {
                            minutes: number;
                        } | {
                            seconds: number;
                        };
                        daysLeft: number;
                        copySupervisor: boolean;
                    }[];
                    presentationBefore: {
                        businessDays: number;
                    } | {
                        businessHours: number;
                    } | {
                        days: number;
                    } | {
                        hours: number;
                    } | {
                        minutes: number;
                    } | {
                        seconds: number;
                    };
                    workingHoursOnly: boolean;
                };
            };
            /** @description After-sales tickets: SLA policies and escalation */
            support: {
                reopenWithin: {
                    businessDays: number;
                } | {
                    businessHours: number;
                } | {
                    days: number;
                } | {
                    hours: number;
                } | {
                    minutes: number;
                } | {
                    seconds: number;
                };
                policies: {
                    key: string;
                    label: components["schemas"]["ProcessLabel"];
                    priorities?: ("urgent" | "high" | "normal" | "low")[];
                    warranty?: ("in_warranty" | "out_of_warranty")[];
                    /** @enum {string} */
                    calendar: "around_the_clock" | "business_hours";
                    targets: {
                        response?: {
                            hours: number;
                        } | {
                            minutes: number;
                        } | {
                            seconds: number;
                        };
                        restore?: {
                            hours: number;
                        } | {
                            minutes: number;
                        } | {
                            seconds: number;
                        };
                    };
                }[];
                warnAt: number;
                escalation: {
                    /** @enum {string} */
                    key: "supervisor" | "executive";
                    after: {
                        hours: number;
                    } | {
                        minutes: number;
                    } | {
                        seconds: number;
                    };
                }[];
                pausedIn: ("open" | "responded" | "in_progress" | "waiting_customer" | "restored" | "closed")[];
                businessHours: {
                    start: string;
                    end: string;
                };
                billableParts: ("in_warranty" | "out_of_warranty")[];
                /** @enum {string} */
                defaultPriority: "urgent" | "high" | "normal" | "low";
            };
            /** @description After-sales service: implementation plan, training, warranty, visits */
            service: {
                checklist: {
                    /** @enum {string} */
                    key: "environment_ready" | "installed" | "debugged" | "training" | "onsite_qa" | "acceptance";
                    label: components["schemas"]["ProcessLabel"];
                    /** @enum {string} */
                    owner: "rep" | "presales" | "supervisor" | "executive" | "finance" | "service" | "admin";
                    dueAfterSigning: {
                        businessDays: number;
                    } | {
                        businessHours: number;
                    } | {
                        days: number;
                    } | {
                        hours: number;
                    } | {
                        minutes: number;
                    } | {
                        seconds: number;
                    };
                }[];
                remindAgainAfter: {
                    businessDays: number;
                } | {
                    businessHours: number;
                } | {
                    days: number;
                } | {
                    hours: number;
                } | {
                    minutes: number;
                } | {
                    seconds: number;
                };
                escalateAfter: {
                    businessDays: number;
                } | {
                    businessHours: number;
                } | {
                    days: number;
                } | {
                    hours: number;
                } | {
                    minutes: number;
                } | {
                    seconds: number;
                };
                training: {
                    passMark: number;
                    outOf: number;
                    session: {
                        businessDays: number;
                    } | {
                        businessHours: number;
                    } | {
                        days: number;
                    } | {
                        hours: number;
                    } | {
                        minutes: number;
                    } | {
                        seconds: number;
                    };
                };
                warrantyMonths: number;
                month: "calendar" | {
                    businessDays: number;
                } | {
                    businessHours: number;
                } | {
                    days: number;
                } | {
                    hours: number;
                } | {
                    minutes: number;
                } | {
                    seconds: number;
                };
                visits: {
                    routineEvery: {
                        businessDays: number;
                    } | {
                        businessHours: number;
                    } | {
                        days: number;
                    } | {
                        hours: number;
                    } | {
                        minutes: number;
                    } | {
                        seconds: number;
                    };
                    checkEveryMonths: number;
                    seasons: {
                        north?: {
                            rainy?: {
                                from: number;
                                to: number;
                            };
                            heating?: {
                                from: number;
                                to: number;
                            };
                        };
                        south?: {
                            rainy?: {
                                from: number;
                                to: number;
                            };
                            heating?: {
                                from: number;
                                to: number;
                            };
                        };
                        default?: {
                            rainy?: {
                                from: number;
                                to: number;
                            };
                            heating?: {
                                from: number;
                                to: number;
                            };
                        };
                    };
                };
                workingHoursOnly: boolean;
            };
        };
        /** @description A process definition: stages, the fact catalogue, lost reasons and timings */
        ProcessDocument: {
            /**
             * @description IANA time zone where "today" is for a gate
             * @example Asia/Shanghai
             */
            timezone: string;
            stages: {
                /** @enum {string} */
                key: "LEAD" | "INTENT" | "PROJECT_INITIATED" | "PRELIMINARY_APPROVAL" | "NEGOTIATION" | "WON" | "LOST";
                label: components["schemas"]["ProcessLabel"];
                probability: number;
                /** @description Fact keys that must be on record to enter the stage */
                entryFacts: string[];
            }[];
            lost: {
                /** @enum {string} */
                key: "LEAD" | "INTENT" | "PROJECT_INITIATED" | "PRELIMINARY_APPROVAL" | "NEGOTIATION" | "WON" | "LOST";
                label: components["schemas"]["ProcessLabel"];
                probability: number;
                /** @description Fact keys that must be on record to enter the stage */
                entryFacts: string[];
            };
            /** @description The fact catalogue */
            facts: components["schemas"]["ProcessFact"][];
            lostReasons: {
                [key: string]: components["schemas"]["ProcessLabel"];
            };
            reopenLimit: number;
            paymentSchedule: {
                label: components["schemas"]["ProcessLabel"];
                percent?: number;
                /** @description Minor units (fen) */
                amount?: number;
                due: {
                    /** @enum {string} */
                    kind: "on_date";
                    date: string;
                } | {
                    /** @enum {string} */
                    kind: "after_signing";
                    days: number;
                } | {
                    /** @enum {string} */
                    kind: "after_milestone";
                    /** @enum {string} */
                    milestone: "acceptance" | "go_live" | "warranty_end";
                    days: number;
                };
            }[];
            contracts: {
                /** @enum {string} */
                stage: "LEAD" | "INTENT" | "PROJECT_INITIATED" | "PRELIMINARY_APPROVAL" | "NEGOTIATION";
                witnessRoles: ("rep" | "presales" | "supervisor" | "executive" | "finance" | "service" | "admin")[];
            };
            timings: components["schemas"]["ProcessTimings"];
        };
        ProcessVersion: {
            version: number;
            /**
             * @description draft: editable; published: immutable
             * @enum {string}
             */
            status: "draft" | "published";
            /** @description The newest published version: the one new deals are meant to pin */
            current: boolean;
            /** @description Version 1, built into the code */
            builtIn: boolean;
            /** Format: uuid */
            createdById: string | null;
            createdAt: string | null;
            publishedAt: string | null;
            document: components["schemas"]["ProcessDocument"];
        };
        ProcessDraftInput: {
            /** @description The draft; absent: a copy of `from` */
            document?: {
                /**
                 * @description IANA time zone where "today" is for a gate
                 * @example Asia/Shanghai
                 */
                timezone: string;
                stages: {
                    /** @enum {string} */
                    key: "LEAD" | "INTENT" | "PROJECT_INITIATED" | "PRELIMINARY_APPROVAL" | "NEGOTIATION" | "WON" | "LOST";
                    label: components["schemas"]["ProcessLabel"];
                    probability: number;
                    /** @description Fact keys that must be on record to enter the stage */
                    entryFacts: string[];
                }[];
                lost: {
                    /** @enum {string} */
                    key: "LEAD" | "INTENT" | "PROJECT_INITIATED" | "PRELIMINARY_APPROVAL" | "NEGOTIATION" | "WON" | "LOST";
                    label: components["schemas"]["ProcessLabel"];
                    probability: number;
                    /** @description Fact keys that must be on record to enter the stage */
                    entryFacts: string[];
                };
                /** @description The fact catalogue */
                facts: components["schemas"]["ProcessFact"][];
                lostReasons: {
                    [key: string]: components["schemas"]["ProcessLabel"];
                };
                reopenLimit: number;
                paymentSchedule: {
                    label: components["schemas"]["ProcessLabel"];
                    percent?: number;
                    /** @description Minor units (fen) */
                    amount?: number;
                    due: {
                        /** @enum {string} */
                        kind: "on_date";
                        date: string;
                    } | {
                        /** @enum {string} */
                        kind: "after_signing";
                        days: number;
                    } | {
                        /** @enum {string} */
                        kind: "after_milestone";
                        /** @enum {string} */
                        milestone: "acceptance" | "go_live" | "warranty_end";
                        days: number;
                    };
                }[];
                contracts: {
                    /** @enum {string} */
                    stage: "LEAD" | "INTENT" | "PROJECT_INITIATED" | "PRELIMINARY_APPROVAL" | "NEGOTIATION";
                    witnessRoles: ("rep" | "presales" | "supervisor" | "executive" | "finance" | "service" | "admin")[];
                };
                timings: components["schemas"]["ProcessTimings"];
            };
            /** @description The version to copy; absent: the current published version */
            from?: number;
        };
        ProcessDraftUpdate: {
            document: components["schemas"]["ProcessDocument"];
        };
        ProcessDiff: {
            /** @description The current published version compared with */
            against: number;
            stages: {
                added: string[];
                removed: string[];
                changed: {
                    key: string;
                    fields: string[];
                }[];
            };
            facts: {
                added: string[];
                removed: string[];
                changed: {
                    key: string;
                    fields: string[];
                }[];
            };
            /** @description Per stage, the entry facts added and removed */
            requirements: {
                stage: string;
                added: string[];
                removed: string[];
            }[];
            lostReasons: {
                added: string[];
                removed: string[];
                changed: {
                    key: string;
                    fields: string[];
                }[];
            };
            timings: {
                path: string;
                from?: unknown;
                to?: unknown;
            }[];
            /** @description Time zone, reopen limit, payment schedule, contract policy */
            settings: {
                path: string;
                from?: unknown;
                to?: unknown;
            }[];
        };
        ProcessDealImpact: {
            /** Format: uuid */
            dealId: string;
            title: string;
            stage: string;
            affected: boolean;
            /** @description The draft has no such stage */
            stageRemoved: boolean;
            /** @description Its stage's entry facts it would newly lack (missing) or fall short of (unmet) */
            newlyMissing: {
                key: string;
                /** @enum {string} */
                problem: "missing" | "unmet";
                stage: string;
            }[];
            /** @description Stages ahead whose entry would need a different approval chain */
            approvals: {
                stage: string;
                kind: string;
                /** @description Approver rules in order; null: no approval needed */
                from: {
                    [key: string]: string;
                }[] | null;
                /** @description Approver rules in order; null: no approval needed */
                to: {
                    [key: string]: string;
                }[] | null;
            }[];
            /** @description The stall watch of its stage and its pending follow-ups, when their spans change */
            timers: {
                /** @enum {string} */
                timer: "stall" | "follow_up";
                kind?: string;
                from: {
                    [key: string]: number;
                } | null;
                to: {
                    [key: string]: number;
                } | null;
            }[];
        };
        ProcessDryRun: {
            /** @description The current published version whose open deals are checked */
            against: number;
            items: components["schemas"]["ProcessDealImpact"][];
            nextCursor: string | null;
        };
        CalendarYears: {
            /** @description The current calendar version, handed to workflows started now */
            version: number;
            years: {
                year: number;
                /**
                 * @description seed: from the chinese-days package; admin: entered here
                 * @enum {string}
                 */
                source: "seed" | "admin";
                version: number;
            }[];
        };
        HolidayRange: {
            /**
             * @description YYYY-MM-DD
             * @example 2027-02-06
             */
            from: string;
            /**
             * @description YYYY-MM-DD
             * @example 2027-02-06
             */
            to: string;
            name: {
                zh: string;
                en: string;
            };
        };
        CalendarYear: {
            year: number;
            /**
             * @description seed: from the chinese-days package; admin: entered here
             * @enum {string}
             */
            source: "seed" | "admin";
            /** @description The calendar version that set this year */
            version: number;
            holidays: components["schemas"]["HolidayRange"][];
            workdays: string[];
            updatedAt: string | null;
        };
        CalendarYearInput: {
            /** @description The days off, as ranges in order, each with its holiday’s name in Chinese and English */
            holidays: components["schemas"]["HolidayRange"][];
            /** @description Make-up working days (调休): Saturdays or Sundays worked, in order */
            workdays: string[];
        };
        Board: {
            /** @description One per open stage, in the funnel’s order */
            columns: {
                /** @enum {string} */
                stage: "LEAD" | "INTENT" | "PROJECT_INITIATED" | "PRELIMINARY_APPROVAL" | "NEGOTIATION";
                count: number;
                sums: {
                    currency: string;
                    amount: components["schemas"]["Money"];
                    /**
                     * @description Σ amount × probability / 100, rounded half up to the minor unit once
                     * @example 680000.00
                     */
                    weighted: string;
                }[];
            }[];
            totals: {
                count: number;
                sums: {
                    currency: string;
                    amount: components["schemas"]["Money"];
                    /**
                     * @description Σ amount × probability / 100, rounded half up to the minor unit once
                     * @example 680000.00
                     */
                    weighted: string;
                }[];
            };
        };
        BoardCard: {
            /** Format: uuid */
            id: string;
            title: string;
            /** Format: uuid */
            accountId: string;
            accountName: string;
            /** Format: uuid */
            ownerId: string;
            ownerName: string;
            amount: components["schemas"]["Money"];
            currency: string;
            /** @enum {string} */
            stage: "LEAD" | "INTENT" | "PROJECT_INITIATED" | "PRELIMINARY_APPROVAL" | "NEGOTIATION";
            probability: number;
            /** Format: date-time */
            stageEnteredAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description Open or snoozed follow-ups past their due time */
            overdueFollowUps: number;
            /** @description The stage’s stall watch has alerted */
            stalled: boolean;
            pendingApproval: {
                /** Format: uuid */
                approvalId: string;
                holderName: string | null;
                /** @enum {string|null} */
                stageRequested: "LEAD" | "INTENT" | "PROJECT_INITIATED" | "PRELIMINARY_APPROVAL" | "NEGOTIATION" | null;
            } | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
