/**
 * The API's types, written by `npm run api:types` from the OpenAPI document (src/app/openapi.ts and
 * the route schemas). Do not edit: change a route's schema and run the script again.
 */

export interface paths {
    "/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Alerts of my stations, newest first (open=true: not yet acknowledged) */
        get: operations["getAlerts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/alerts/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark an alert as seen (once; again changes nothing) */
        post: operations["postAlertsByIdAcknowledge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/attendance/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove an event logged by mistake, with the reason (kept, crossed out, no points) */
        delete: operations["deleteAttendanceById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/attendance/{id}/excuse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Excuse an event (no points) or take the excuse back */
        post: operations["postAttendanceByIdExcuse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/attendance/policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The org’s attendance points policy */
        get: operations["getAttendancePolicy"];
        /** Change the policy; events still in a counting window are given the new points */
        put: operations["putAttendancePolicy"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit trail, newest first (read-only; `to` is exclusive) */
        get: operations["getAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with email and password */
        post: operations["postAuthLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out this session */
        post: operations["postAuthLogout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change my password (signs out my other sessions) */
        post: operations["postAuthPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My signed-in sessions */
        get: operations["getAuthSessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Sign out one of my sessions */
        delete: operations["deleteAuthSessionsById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/totp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Second sign-in step: the authenticator code */
        post: operations["postAuthTotp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/totp/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn two-factor sign-in off (needs my password) */
        post: operations["postAuthTotpDisable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/totp/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Finish enrolment with a code from the app */
        post: operations["postAuthTotpEnable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/totp/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start two-factor enrolment: a new secret and its QR code */
        post: operations["postAuthTotpSetup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/coaching/effect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Did it work? Each rule’s measure in the N weeks before and after its items */
        get: operations["getCoachingEffect"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/coaching/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Coaching items, newest first */
        get: operations["getCoachingItems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/coaching/items/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A coaching item: cause and evidence, messages, steps, before and after */
        get: operations["getCoachingItemsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/coaching/items/{id}/dismiss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Dismiss a waiting written warning: the DA is never told */
        post: operations["postCoachingItemsByIdDismiss"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/coaching/items/{id}/held": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record that the 1:1, ride-along or warning meeting was held */
        post: operations["postCoachingItemsByIdHeld"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/coaching/items/{id}/note": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change the note a waiting written warning will carry to the DA */
        put: operations["putCoachingItemsByIdNote"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/coaching/items/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resolve a dispute: upheld, or dismissed (its events stop counting) */
        post: operations["postCoachingItemsByIdResolve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/coaching/items/{id}/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a waiting written warning to the DA now (with the note, if given) */
        post: operations["postCoachingItemsByIdSend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/coaching/items/{id}/warning.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A written warning as a PDF */
        get: operations["getCoachingItemsByIdWarningPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/coaching/open-warnings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The station’s DAs on an open written warning (for pages that rank DAs) */
        get: operations["getCoachingOpenWarnings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/coaching/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Written warnings waiting for a manager to send them, oldest first, with their evidence */
        get: operations["getCoachingReview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/coaching/review/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many written warnings wait for a manager */
        get: operations["getCoachingReviewCount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/coaching/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The org’s coaching rules (the suggested ones until it saves its own) */
        get: operations["getCoachingRules"];
        put?: never;
        /** Add a coaching rule */
        post: operations["postCoachingRules"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/coaching/rules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a coaching rule */
        put: operations["putCoachingRulesById"];
        post?: never;
        /** Delete a rule that opened no items */
        delete: operations["deleteCoachingRulesById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/coaching/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run the rules on a station’s data now (they also run when a file is imported) */
        post: operations["postCoachingRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/damage/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One damage record */
        get: operations["getDamageById"];
        put?: never;
        post?: never;
        /** Delete a damage record entered by mistake (not one with repairs) */
        delete: operations["deleteDamageById"];
        options?: never;
        head?: never;
        /** Assess or update damage: severity, claim status, cost, photos… */
        patch: operations["patchDamageById"];
        trace?: never;
    };
    "/damage/{id}/repairs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a repair */
        post: operations["postDamageByIdRepairs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/damage/{id}/repairs/{repairId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a repair */
        delete: operations["deleteDamageByIdRepairsByRepairId"];
        options?: never;
        head?: never;
        /** Change a repair */
        patch: operations["patchDamageByIdRepairsByRepairId"];
        trace?: never;
    };
    "/dispatch/board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The dispatch board of a station’s day (default today there); with `since`, only `{changed: false}` while the board is unchanged */
        get: operations["getDispatchBoard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dispatch/callouts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a callout or no-show: logged in attendance, the shift marked, the DA’s route back to uncovered */
        post: operations["postDispatchCallouts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dispatch/rescues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a rescue: who took how many stops and packages off which route, and when */
        post: operations["postDispatchRescues"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dispatch/rescues/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a rescue recorded by mistake */
        delete: operations["deleteDispatchRescuesById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dispatch/rescues/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Rescues per DA at a station over a period: given (stops and packages taken) and received */
        get: operations["getDispatchRescuesSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dispatch/roster/build": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Build the day’s roster exactly: every route not pinned or closed gets the best DA and van the hard limits allow (coverage first, then no avoidable overtime, then pay and preferences), or says what is missing. Overtime past the org’s weekly line is the dispatcher’s decision: approve (up to the minutes shown) or decline */
        post: operations["postDispatchRosterBuild"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dispatch/roster/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The day’s roster as CSV, Excel or a printable PDF (one row per route, by wave) */
        get: operations["getDispatchRosterExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dispatch/roster/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish the day’s roster: each DA is told their route, van, staging location and wave time */
        post: operations["postDispatchRosterPublish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dispatch/routes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a route to a station’s day by hand */
        post: operations["postDispatchRoutes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dispatch/routes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a route’s plan; refused (409) if it changed since the version you were shown */
        put: operations["putDispatchRoutesById"];
        post?: never;
        /** Remove a route Amazon took back (not once closed) */
        delete: operations["deleteDispatchRoutesById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dispatch/routes/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Put a DA and a van on a route (null leaves it open); refused when not cleared, not qualified or the van is out of service, or when the route changed since your version */
        post: operations["postDispatchRoutesByIdAssign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dispatch/routes/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a route: actual start and end (local times), stops completed, packages delivered and returned */
        post: operations["postDispatchRoutesByIdClose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dispatch/routes/{id}/replacements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who could take this route now: standbys first, then DAs off today who are available, with overtime */
        get: operations["getDispatchRoutesByIdReplacements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dispatch/shifts/{id}/check-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a DA arrived at the station */
        post: operations["postDispatchShiftsByIdCheckIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dispatch/standby": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The day’s standby plan: the chance today’s scheduled DAs cover every route (station’s own callout history) and standbys needed for the target */
        get: operations["getDispatchStandby"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/documents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a document filed by mistake */
        delete: operations["deleteDocumentsById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/documents/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a document waiting for review (optionally correcting its expiry) */
        post: operations["postDocumentsByIdApprove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/documents/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a document back to the DA with the reason */
        post: operations["postDocumentsByIdReject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/documents/expiring": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What expires within 30, 14 or 7 days or has expired (profile license and DOT card included), on each station’s calendar */
        get: operations["getDocumentsExpiring"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/documents/pending": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Documents DAs sent that wait for a manager’s review, oldest first */
        get: operations["getDocumentsPending"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/drivers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** DAs, by last name, each with whether they are cleared to drive today and their attendance points */
        get: operations["getDrivers"];
        put?: never;
        /** Add a DA */
        post: operations["postDrivers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/drivers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One DA with their status history */
        get: operations["getDriversById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a DA’s profile */
        patch: operations["patchDriversById"];
        trace?: never;
    };
    "/drivers/{id}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A DA’s attendance events (removed ones too) and rolling 30/90-day counts and points */
        get: operations["getDriversByIdAttendance"];
        put?: never;
        /** Log an attendance event (a callout needs its notice in hours, a late its minutes); points follow the policy */
        post: operations["postDriversByIdAttendance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/drivers/{id}/availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A DA’s weekly availability, dated exceptions and time-off requests */
        get: operations["getDriversByIdAvailability"];
        /** Set a DA’s weekly availability, preferred days and days wanted */
        put: operations["putDriversByIdAvailability"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/drivers/{id}/availability/exceptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Mark one date available or not, whatever the weekly pattern says */
        put: operations["putDriversByIdAvailabilityExceptions"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/drivers/{id}/availability/exceptions/{exceptionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a dated exception */
        delete: operations["deleteDriversByIdAvailabilityExceptionsByExceptionId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/drivers/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A DA’s documents, newest first, with their files */
        get: operations["getDriversByIdDocuments"];
        put?: never;
        /** File a document for a DA (approved as filed; a license or DOT card puts its expiry on the profile) */
        post: operations["postDriversByIdDocuments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/drivers/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A DA’s messages in the app and by text, newest first, and whether they get texts */
        get: operations["getDriversByIdMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/drivers/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A DA’s notes, newest first */
        get: operations["getDriversByIdNotes"];
        put?: never;
        /** Add a note to a DA’s timeline */
        post: operations["postDriversByIdNotes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/drivers/{id}/onboarding": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A DA’s onboarding checklist with who did each step and when */
        get: operations["getDriversByIdOnboarding"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/drivers/{id}/onboarding/{stepId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Mark a step of a DA’s checklist (failed and waived need a note); answers the whole checklist */
        put: operations["putDriversByIdOnboardingByStepId"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/drivers/{id}/ratings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A DA’s rating (the newest) and its history */
        get: operations["getDriversByIdRatings"];
        put?: never;
        /** Rate a DA 1–5 with a comment (earlier ratings stay as history) */
        post: operations["postDriversByIdRatings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/drivers/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a DA to another status (a reason is needed for inactive and terminated; a new hire becomes active once onboarding is done, or with checksOnFile and a reason) */
        post: operations["postDriversByIdStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/drivers/{id}/time-off": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask for time off on a DA’s behalf (it waits for a manager like the DA’s own request) */
        post: operations["postDriversByIdTimeOff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/drivers/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** DAs as a CSV or XLSX file (the list’s filters), with the headers the drivers import reads */
        get: operations["getDriversExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload a document, photo or video (multipart field `file`); attach it to a record by its id */
        post: operations["postFiles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/files/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The file itself (staff: of their stations’ records; a DA: their own) */
        get: operations["getFilesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/files/{id}/thumbnail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A small upright JPEG of a photo or scan */
        get: operations["getFilesByIdThumbnail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fleet/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The org’s fleet settings */
        get: operations["getFleetSettings"];
        /** Change the fleet settings; grounding on overdue critical maintenance applies at once */
        put: operations["putFleetSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness and database status */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Import history, newest first */
        get: operations["getImports"];
        put?: never;
        /**
         * Import a CSV or XLSX file (multipart: file, stationId?, date? (YYYY-MM-DD, for a day’s routes), dryRun?, mapping?)
         * @description All-or-nothing: any bad row rejects the file and stores nothing. dryRun=true previews exact counts.
         */
        post: operations["postImports"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One import: its progress while running, its problems once finished */
        get: operations["getImportsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imports/{id}/undo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Undo a committed import */
        post: operations["postImportsByIdUndo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imports/kinds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** File kinds that can be imported, with their fields */
        get: operations["getImportsKinds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imports/kinds/{kind}/mapping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The saved column mapping of a kind */
        get: operations["getImportsKindsByKindMapping"];
        /** Save a column mapping {field: header} */
        put: operations["putImportsKindsByKindMapping"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inspection-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The DVIC checklist of each van type (the default until one is saved) */
        get: operations["getInspectionTemplates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inspection-templates/{vanType}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace a van type’s DVIC checklist (inspections done keep the checks they answered) */
        put: operations["putInspectionTemplatesByVanType"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inspections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Inspections of a station and day (or all in scope), newest first; filter failed or rushed */
        get: operations["getInspections"];
        put?: never;
        /** A staff member’s inspection of a van (the same body as a DA’s; a resend answers 200) */
        post: operations["postInspections"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inspections/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One inspection in full, with its photos */
        get: operations["getInspectionsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inspections/today": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every van in scope with whether it has a passed pre-trip today (its station’s date) */
        get: operations["getInspectionsToday"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Invitations not yet accepted */
        get: operations["getInvitations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invitations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Withdraw an invitation */
        delete: operations["deleteInvitationsById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/maintenance/due": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every overdue or due-soon maintenance item of the fleet (or one station), overdue first */
        get: operations["getMaintenanceDue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/maintenance/schedules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The org’s maintenance schedules (Stationhand’s defaults until changed) */
        get: operations["getMaintenanceSchedules"];
        put?: never;
        /** Add a maintenance schedule (every so many miles and/or days, for some van types) */
        post: operations["postMaintenanceSchedules"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/maintenance/schedules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a schedule, or retire it when service records name it */
        delete: operations["deleteMaintenanceSchedulesById"];
        options?: never;
        head?: never;
        /** Change a schedule; retired: true stops it being due, false brings it back */
        patch: operations["patchMaintenanceSchedulesById"];
        trace?: never;
    };
    "/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who I am, my org, role and stations */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My attendance events, my points in the last 30 and 90 days, and the points policy */
        get: operations["getMeAttendance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My weekly availability, exceptions and time-off requests */
        get: operations["getMeAvailability"];
        /** Set the days I can work, the days I prefer and how many days a week I want */
        put: operations["putMeAvailability"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/coaching": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My coaching items and recognition, in my language */
        get: operations["getMeCoaching"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/coaching/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** I have read it (a written warning: signed with my full name) */
        post: operations["postMeCoachingByIdAcknowledge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/coaching/{id}/dispute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** I dispute it, in my own words */
        post: operations["postMeCoachingByIdDispute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/coaching/{id}/warning.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My written warning as a PDF */
        get: operations["getMeCoachingByIdWarningPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My documents, newest first, and the license and DOT card expiries on my profile */
        get: operations["getMeDocuments"];
        put?: never;
        /** Send my renewed license or DOT medical card (upload the file first); a manager reviews it */
        post: operations["postMeDocuments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/driver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My own DA record (null when this login has none), with whether I am cleared to drive today */
        get: operations["getMeDriver"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/inspections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My inspections, newest first */
        get: operations["getMeInspections"];
        put?: never;
        /** Send my inspection (photos uploaded first, by id); sending the same id again answers 200 */
        post: operations["postMeInspections"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/inspections/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of my inspections */
        get: operations["getMeInspectionsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/inspections/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What an inspection of this van asks: its checklist, damage already known, the rushed limit */
        get: operations["getMeInspectionsStart"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/inspections/vans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Vans I may inspect (my stations), each with today’s pre-trip status and latest pre-trip */
        get: operations["getMeInspectionsVans"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/invitations/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an invitation: join that org */
        post: operations["postMeInvitationsByIdAccept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/invitations/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline an invitation */
        post: operations["postMeInvitationsByIdDecline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My messages, newest first (the latest 100) */
        get: operations["getMeMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/messages/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark some of my messages read */
        post: operations["postMeMessagesRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/org": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Switch to another org I belong to */
        post: operations["postMeOrg"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/performance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My week (default: my newest with data) and the 11 before it: metrics, tiers and score, with what each metric means in my language */
        get: operations["getMePerformance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My published shifts this week and next, and today’s (and my next) route, van, staging and wave once out */
        get: operations["getMeSchedule"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/shifts/{id}/check-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check in at the station for today’s shift */
        post: operations["postMeShiftsByIdCheckIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/shifts/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm one of my published shifts */
        post: operations["postMeShiftsByIdConfirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/time-off": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask for time off; a manager approves or denies it */
        post: operations["postMeTimeOff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/time-off/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw my time-off request */
        post: operations["postMeTimeOffByIdCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The org’s messages to DAs, newest first (`to` is exclusive) */
        get: operations["getMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/messaging/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Texts on or off, quiet hours, rate limit */
        get: operations["getMessagingSettings"];
        /** Change the messaging settings (owners) */
        put: operations["putMessagingSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/messaging/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every message template, in English and Spanish, as the org words it */
        get: operations["getMessagingTemplates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/messaging/templates/{key}/{language}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Reword a template in one language (its {variables} are checked) */
        put: operations["putMessagingTemplatesByKeyByLanguage"];
        post?: never;
        /** Go back to the default wording */
        delete: operations["deleteMessagingTemplatesByKeyByLanguage"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/messaging/templates/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A template exactly as it would be sent (for a DA: their language, name and texts), with SMS parts */
        post: operations["postMessagingTemplatesPreview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/messaging/twilio/inbound": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A text to our number: STOP, START, HELP (signed by Twilio) */
        post: operations["postMessagingTwilioInbound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/messaging/twilio/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Twilio status callback: delivered or not (signed by Twilio) */
        post: operations["postMessagingTwilioStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a note written in error (the audit trail keeps it) */
        delete: operations["deleteNotesById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/onboarding": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The onboarding board: every applicant and onboarding DA with each step’s status */
        get: operations["getOnboarding"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/onboarding/steps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The org’s onboarding checklist, in order (the defaults are created on first use) */
        get: operations["getOnboardingSteps"];
        put?: never;
        /** Add a step at the end of the checklist */
        post: operations["postOnboardingSteps"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/onboarding/steps/{id}": {
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
        /** Rename a step, change whom it applies to, or retire / restore it */
        patch: operations["patchOnboardingStepsById"];
        trace?: never;
    };
    "/onboarding/steps/order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Put the active steps in this order (every active step once) */
        put: operations["putOnboardingStepsOrder"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/org": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My current org */
        get: operations["getOrg"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change org settings (owners) */
        patch: operations["patchOrg"];
        trace?: never;
    };
    "/performance/drivers/{id}/trend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A DA’s 12 weeks up to a week (default: their newest with data) */
        get: operations["getPerformanceDriversByIdTrend"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/performance/dsp-scorecards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A station’s DSP scorecards (of one week when given), newest week first */
        get: operations["getPerformanceDspScorecards"];
        put?: never;
        /** Upload a station’s weekly DSP scorecard PDF (multipart field `file`): what was read, with the text it came from, and what was not */
        post: operations["postPerformanceDspScorecards"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/performance/dsp-scorecards/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A DSP scorecard: each field as read or entered, the DAs of its table matched by Transporter ID */
        get: operations["getPerformanceDspScorecardsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/performance/dsp-scorecards/{id}/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Enter what the PDF did not give (or gave wrongly); null takes an entry away. Who and when are kept */
        put: operations["putPerformanceDspScorecardsByIdEntries"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/performance/needle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What moves the needle: the DAs and metrics that would most raise our estimate of the week if each reached its next tier, in estimated points */
        get: operations["getPerformanceNeedle"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/performance/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The scoring profile in force for a week (default: this week), its versions and the metric catalogue */
        get: operations["getPerformanceProfile"];
        /** Save the scoring profile in force from a week on (owners); earlier weeks keep theirs */
        put: operations["putPerformanceProfile"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/performance/profile/fit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The profile in force with its weights fitted to the org’s own weeks that carry Amazon’s scores, measured on the newest weeks held out; offered, never saved */
        get: operations["getPerformanceProfileFit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/performance/scorecard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The DSP’s week at a station by scorecard category: our estimate of each metric and of the week, never Amazon’s score */
        get: operations["getPerformanceScorecard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/performance/unknown-transporters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Transporter IDs in imported files that match no DA, with the rows waiting for each */
        get: operations["getPerformanceUnknownTransporters"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/performance/unknown-transporters/{transporterId}/link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Link a Transporter ID to a DA: their waiting rows become theirs, and a DA without a Transporter ID gets this one */
        post: operations["postPerformanceUnknownTransportersByTransporterIdLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/performance/unknown-transporters/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many Transporter IDs wait to be linked to a DA, and their rows */
        get: operations["getPerformanceUnknownTransportersCount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/performance/week": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A station’s week (default: its newest with data): each DA’s metrics, Amazon’s tiers as given, our tier, score and rank, and 12-week trend */
        get: operations["getPerformanceWeek"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readiness": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every van and every active DA of a station on a business date (default: today there), ready or why not */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/schedule/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The org’s scheduling rules (caps, rest, standby target) */
        get: operations["getScheduleRules"];
        /** Change the org’s scheduling rules */
        put: operations["putScheduleRules"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/schedule/shifts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Put a DA on the schedule for a day (replaces their shift that day); refused on approved time off or when not cleared, warned past the caps */
        put: operations["putScheduleShifts"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/schedule/shifts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Take a shift off the schedule */
        delete: operations["deleteScheduleShiftsById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/schedule/time-off": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Time-off requests of the DAs you see (at one station if given), in one status (pending by default), soonest first */
        get: operations["getScheduleTimeOff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/schedule/time-off/{id}/decide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve (takes the DA’s shifts in those days off the schedule) or deny (with a reason) a request */
        post: operations["postScheduleTimeOffByIdDecide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/schedule/week": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A station’s week (Sunday to Saturday): demand, each DA’s days and shifts, shortfalls, standby plan */
        get: operations["getScheduleWeek"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/schedule/week/auto": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Auto-schedule the week (HiGHS): keeps the manager’s and published shifts, replaces its own unpublished ones, and says why any day is short or any DA got fewer days than asked */
        post: operations["postScheduleWeekAuto"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/schedule/week/demand": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set what the week must cover: routes and standbys per day, shift lengths and start time */
        put: operations["putScheduleWeekDemand"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/schedule/week/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish the week: DAs see their shifts on the phone and get a message to confirm */
        post: operations["postScheduleWeekPublish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stations I may see */
        get: operations["getStations"];
        put?: never;
        /** Add a station */
        post: operations["postStations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One station */
        get: operations["getStationsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a station */
        patch: operations["patchStationsById"];
        trace?: never;
    };
    "/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** API tokens of my org */
        get: operations["getTokens"];
        put?: never;
        /** Create an API token (the secret is shown once) */
        post: operations["postTokens"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API token */
        delete: operations["deleteTokensById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** People in my org (station-scoped staff see their stations) */
        get: operations["getUsers"];
        put?: never;
        /** Invite a person; they join once they accept after signing in (the one-time password, shown once, is their first sign-in if they have no account yet) */
        post: operations["postUsers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a person from this org */
        delete: operations["deleteUsersById"];
        options?: never;
        head?: never;
        /** Change a person’s name in this org, role, stations or status (never their account) */
        patch: operations["patchUsersById"];
        trace?: never;
    };
    "/users/{id}/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue a new one-time password */
        post: operations["postUsersByIdResetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/vans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Vans, by fleet number, each with how many maintenance items are overdue or due soon */
        get: operations["getVans"];
        put?: never;
        /** Add a van (active from now) */
        post: operations["postVans"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/vans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One van with its status history */
        get: operations["getVansById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a van’s record */
        patch: operations["patchVansById"];
        trace?: never;
    };
    "/vans/{id}/damage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A van’s damage records, newest first, with repairs and the evidence of found damage */
        get: operations["getVansByIdDamage"];
        put?: never;
        /** Report damage or an incident */
        post: operations["postVansByIdDamage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/vans/{id}/inspections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A van’s inspections, newest first */
        get: operations["getVansByIdInspections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/vans/{id}/maintenance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A van’s maintenance today (overdue first) and its service records (newest first) */
        get: operations["getVansByIdMaintenance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/vans/{id}/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a service (scheduled item or ad-hoc repair) with its vendor invoice */
        post: operations["postVansByIdServices"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/vans/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Put a van on or off the road (a reason is needed for grounded, in shop and returned) */
        post: operations["postVansByIdStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/vans/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Vans as a CSV or XLSX file (the list’s filters), with the headers the vehicles import reads */
        get: operations["getVansExport"];
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
        Problem: {
            detail?: string;
            errors?: {
                message: string;
                path: string;
            }[];
            status: number;
            title: string;
            type: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getAlerts: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                open?: "true" | "false";
                stationId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            acknowledgedAt: string | null;
                            acknowledgedBy: string | null;
                            createdAt: string;
                            entity: string;
                            entityId: string;
                            id: string;
                            kind: string;
                            message: string;
                            stationId: string | null;
                            vanId: string | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAlertsByIdAcknowledge: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acknowledgedAt: string | null;
                        acknowledgedBy: string | null;
                        createdAt: string;
                        entity: string;
                        entityId: string;
                        id: string;
                        kind: string;
                        message: string;
                        stationId: string | null;
                        vanId: string | null;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteAttendanceById: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        date: string;
                        driverId: string;
                        excused: boolean;
                        excusedAt: string | null;
                        excusedBy: string | null;
                        excuseNote: string | null;
                        id: string;
                        /** @enum {string} */
                        kind: "callout" | "ncns" | "late" | "left_early" | "sent_home";
                        lateMinutes: number | null;
                        noticeHours: number | null;
                        points: number;
                        reason: string | null;
                        recordedAt: string;
                        recordedBy: string;
                        removed: {
                            at: string;
                            by: string | null;
                            reason: string | null;
                        } | null;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAttendanceByIdExcuse: {
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
                    excused: boolean;
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        date: string;
                        driverId: string;
                        excused: boolean;
                        excusedAt: string | null;
                        excusedBy: string | null;
                        excuseNote: string | null;
                        id: string;
                        /** @enum {string} */
                        kind: "callout" | "ncns" | "late" | "left_early" | "sent_home";
                        lateMinutes: number | null;
                        noticeHours: number | null;
                        points: number;
                        reason: string | null;
                        recordedAt: string;
                        recordedBy: string;
                        removed: {
                            at: string;
                            by: string | null;
                            reason: string | null;
                        } | null;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAttendancePolicy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        calloutPoints: number;
                        calloutShortNoticePoints: number;
                        flagPoints: number;
                        lateGraceMinutes: number;
                        latePoints: number;
                        leftEarlyPoints: number;
                        ncnsPoints: number;
                        sentHomePoints: number;
                        shortNoticeHours: number;
                        updatedAt: string | null;
                        updatedBy: string | null;
                        windowDays: number;
                    };
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putAttendancePolicy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    calloutPoints: number;
                    calloutShortNoticePoints: number;
                    flagPoints: number;
                    lateGraceMinutes: number;
                    latePoints: number;
                    leftEarlyPoints: number;
                    ncnsPoints: number;
                    sentHomePoints: number;
                    shortNoticeHours: number;
                    windowDays: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        calloutPoints: number;
                        calloutShortNoticePoints: number;
                        flagPoints: number;
                        lateGraceMinutes: number;
                        latePoints: number;
                        leftEarlyPoints: number;
                        ncnsPoints: number;
                        recomputed: number;
                        sentHomePoints: number;
                        shortNoticeHours: number;
                        updatedAt: string | null;
                        updatedBy: string | null;
                        windowDays: number;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAudit: {
        parameters: {
            query?: {
                action?: "create" | "update" | "delete";
                actorUserId?: string;
                cursor?: string;
                entity?: string;
                entityId?: string;
                from?: string;
                limit?: number;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @enum {string} */
                            action: "create" | "update" | "delete";
                            actorLabel: string;
                            actorUserId: string | null;
                            at: string;
                            changes: {
                                [key: string]: {
                                    after: unknown;
                                    before: unknown;
                                };
                            };
                            entity: string;
                            entityId: string;
                            id: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAuthLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        csrfToken: string;
                        /** @enum {string} */
                        status: "signed-in" | "totp-required";
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAuthLogout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAuthPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    currentPassword: string;
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAuthSessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            createdAt: string;
                            current: boolean;
                            id: string;
                            ip: string | null;
                            lastSeenAt: string;
                            userAgent: string | null;
                        }[];
                    };
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteAuthSessionsById: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAuthTotp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        csrfToken: string;
                        /** @enum {string} */
                        status: "signed-in" | "totp-required";
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAuthTotpDisable: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAuthTotpEnable: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAuthTotpSetup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        otpauthUrl: string;
                        qrSvg: string;
                        secret: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCoachingEffect: {
        parameters: {
            query: {
                stationId: string;
                weeks?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        overall: {
                            improved: number;
                            items: number;
                            measured: number;
                            same: number;
                            worse: number;
                        };
                        rules: {
                            afterMean: number | null;
                            beforeMean: number | null;
                            /** @enum {string} */
                            direction: "higher" | "lower";
                            improved: number;
                            items: number;
                            measure: string;
                            measured: number;
                            measureLabel: string;
                            name: string;
                            ruleId: string;
                            same: number;
                            series: {
                                count: number;
                                mean: number | null;
                                offset: number;
                            }[];
                            worse: number;
                        }[];
                        weeks: number;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCoachingItems: {
        parameters: {
            query?: {
                cursor?: string;
                driverId?: string;
                kind?: "problems" | "message" | "one_on_one" | "ride_along" | "written_warning" | "recognition";
                limit?: number;
                ruleId?: string;
                stationId?: string;
                status?: "open" | "acknowledged" | "disputed" | "upheld" | "dismissed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            acknowledgedAt: string | null;
                            /** @enum {string} */
                            action: "message" | "one_on_one" | "ride_along" | "written_warning" | "recognition";
                            causeDate: string;
                            createdAt: string;
                            disputedAt: string | null;
                            disputeText: string | null;
                            driverId: string;
                            driverName: string;
                            heldAt: string | null;
                            heldBy: string | null;
                            heldNote: string | null;
                            id: string;
                            managerNote: string | null;
                            notifiedAt: string | null;
                            /** @enum {string} */
                            notify: "waiting" | "sent" | "review";
                            resolution: ("upheld" | "dismissed") | null;
                            resolutionNote: string | null;
                            resolvedAt: string | null;
                            resolvedBy: string | null;
                            ruleId: string;
                            ruleName: string;
                            signature: string | null;
                            stationId: string;
                            /** @enum {string} */
                            status: "open" | "acknowledged" | "disputed" | "upheld" | "dismissed";
                            step: number;
                            summary: string;
                            week: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCoachingItemsById: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acknowledgedAt: string | null;
                        /** @enum {string} */
                        action: "message" | "one_on_one" | "ride_along" | "written_warning" | "recognition";
                        cause: {
                            days: number;
                            events: {
                                businessDate: string;
                                eventId: string;
                                id: string;
                                occurredAt: string;
                                severity: string | null;
                                status: string;
                                subtype: string | null;
                                type: string;
                                videoLink: string | null;
                            }[];
                            eventType: string;
                            /** @enum {string} */
                            type: "events";
                        } | {
                            /** @enum {string} */
                            metric: "fico" | "seatbelt" | "speeding" | "distractions" | "sign_signal" | "following_distance" | "cdf_dpmo" | "ced" | "dcr" | "dnr_dpmo" | "dsb_dpmo" | "pod" | "contact_compliance" | "psb" | "delivered";
                            threshold: number;
                            /** @enum {string} */
                            type: "metric";
                            /** @enum {string} */
                            unit: "ratio" | "rate" | "dpmo" | "score" | "count";
                            value: number;
                        } | {
                            /** @enum {string} */
                            from: "fantastic_plus" | "fantastic" | "great" | "fair" | "poor";
                            score: number | null;
                            /** @enum {string} */
                            to: "fantastic_plus" | "fantastic" | "great" | "fair" | "poor";
                            /** @enum {string} */
                            type: "tier_drop";
                        } | {
                            score: number | null;
                            /** @enum {string} */
                            standing: "fantastic_plus" | "fantastic" | "great" | "fair" | "poor";
                            /** @enum {string} */
                            type: "fantastic";
                        };
                        causeDate: string;
                        createdAt: string;
                        disputedAt: string | null;
                        disputeText: string | null;
                        driverId: string;
                        driverName: string;
                        effect: {
                            after: {
                                value: number | null;
                                week: string;
                            }[];
                            afterMean: number | null;
                            before: {
                                value: number | null;
                                week: string;
                            }[];
                            beforeMean: number | null;
                            /** @enum {string} */
                            direction: "higher" | "lower";
                            measure: string;
                            measureLabel: string;
                            /** @enum {string} */
                            verdict: "improved" | "worse" | "same" | "not_yet" | "no_data";
                        };
                        heldAt: string | null;
                        heldBy: string | null;
                        heldNote: string | null;
                        id: string;
                        managerNote: string | null;
                        messages: {
                            attempts: number;
                            body: string;
                            /** @enum {string} */
                            channel: "in_app" | "sms";
                            createdAt: string;
                            deliveredAt: string | null;
                            driverId: string;
                            id: string;
                            lastError: string | null;
                            link: string | null;
                            nextAttemptAt: string | null;
                            provider: string | null;
                            readAt: string | null;
                            sentAt: string | null;
                            /** @enum {string} */
                            status: "queued" | "sent" | "delivered" | "failed" | "blocked";
                            toPhone: string | null;
                            topic: string;
                        }[];
                        notifiedAt: string | null;
                        /** @enum {string} */
                        notify: "waiting" | "sent" | "review";
                        resolution: ("upheld" | "dismissed") | null;
                        resolutionNote: string | null;
                        resolvedAt: string | null;
                        resolvedBy: string | null;
                        ruleId: string;
                        ruleName: string;
                        signature: string | null;
                        stationId: string;
                        /** @enum {string} */
                        status: "open" | "acknowledged" | "disputed" | "upheld" | "dismissed";
                        step: number;
                        steps: {
                            at: string;
                            by: string;
                            note: string | null;
                            what: string;
                        }[];
                        summary: string;
                        warningPdf: string | null;
                        week: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCoachingItemsByIdDismiss: {
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
                    note: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acknowledgedAt: string | null;
                        /** @enum {string} */
                        action: "message" | "one_on_one" | "ride_along" | "written_warning" | "recognition";
                        cause: {
                            days: number;
                            events: {
                                businessDate: string;
                                eventId: string;
                                id: string;
                                occurredAt: string;
                                severity: string | null;
                                status: string;
                                subtype: string | null;
                                type: string;
                                videoLink: string | null;
                            }[];
                            eventType: string;
                            /** @enum {string} */
                            type: "events";
                        } | {
                            /** @enum {string} */
                            metric: "fico" | "seatbelt" | "speeding" | "distractions" | "sign_signal" | "following_distance" | "cdf_dpmo" | "ced" | "dcr" | "dnr_dpmo" | "dsb_dpmo" | "pod" | "contact_compliance" | "psb" | "delivered";
                            threshold: number;
                            /** @enum {string} */
                            type: "metric";
                            /** @enum {string} */
                            unit: "ratio" | "rate" | "dpmo" | "score" | "count";
                            value: number;
                        } | {
                            /** @enum {string} */
                            from: "fantastic_plus" | "fantastic" | "great" | "fair" | "poor";
                            score: number | null;
                            /** @enum {string} */
                            to: "fantastic_plus" | "fantastic" | "great" | "fair" | "poor";
                            /** @enum {string} */
                            type: "tier_drop";
                        } | {
                            score: number | null;
                            /** @enum {string} */
                            standing: "fantastic_plus" | "fantastic" | "great" | "fair" | "poor";
                            /** @enum {string} */
                            type: "fantastic";
                        };
                        causeDate: string;
                        createdAt: string;
                        disputedAt: string | null;
                        disputeText: string | null;
                        driverId: string;
                        driverName: string;
                        effect: {
                            after: {
                                value: number | null;
                                week: string;
                            }[];
                            afterMean: number | null;
                            before: {
                                value: number | null;
                                week: string;
                            }[];
                            beforeMean: number | null;
                            /** @enum {string} */
                            direction: "higher" | "lower";
                            measure: string;
                            measureLabel: string;
                            /** @enum {string} */
                            verdict: "improved" | "worse" | "same" | "not_yet" | "no_data";
                        };
                        heldAt: string | null;
                        heldBy: string | null;
                        heldNote: string | null;
                        id: string;
                        managerNote: string | null;
                        messages: {
                            attempts: number;
                            body: string;
                            /** @enum {string} */
                            channel: "in_app" | "sms";
                            createdAt: string;
                            deliveredAt: string | null;
                            driverId: string;
                            id: string;
                            lastError: string | null;
                            link: string | null;
                            nextAttemptAt: string | null;
                            provider: string | null;
                            readAt: string | null;
                            sentAt: string | null;
                            /** @enum {string} */
                            status: "queued" | "sent" | "delivered" | "failed" | "blocked";
                            toPhone: string | null;
                            topic: string;
                        }[];
                        notifiedAt: string | null;
                        /** @enum {string} */
                        notify: "waiting" | "sent" | "review";
                        resolution: ("upheld" | "dismissed") | null;
                        resolutionNote: string | null;
                        resolvedAt: string | null;
                        resolvedBy: string | null;
                        ruleId: string;
                        ruleName: string;
                        signature: string | null;
                        stationId: string;
                        /** @enum {string} */
                        status: "open" | "acknowledged" | "disputed" | "upheld" | "dismissed";
                        step: number;
                        steps: {
                            at: string;
                            by: string;
                            note: string | null;
                            what: string;
                        }[];
                        summary: string;
                        warningPdf: string | null;
                        week: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCoachingItemsByIdHeld: {
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
                    /** @default  */
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acknowledgedAt: string | null;
                        /** @enum {string} */
                        action: "message" | "one_on_one" | "ride_along" | "written_warning" | "recognition";
                        cause: {
                            days: number;
                            events: {
                                businessDate: string;
                                eventId: string;
                                id: string;
                                occurredAt: string;
                                severity: string | null;
                                status: string;
                                subtype: string | null;
                                type: string;
                                videoLink: string | null;
                            }[];
                            eventType: string;
                            /** @enum {string} */
                            type: "events";
                        } | {
                            /** @enum {string} */
                            metric: "fico" | "seatbelt" | "speeding" | "distractions" | "sign_signal" | "following_distance" | "cdf_dpmo" | "ced" | "dcr" | "dnr_dpmo" | "dsb_dpmo" | "pod" | "contact_compliance" | "psb" | "delivered";
                            threshold: number;
                            /** @enum {string} */
                            type: "metric";
                            /** @enum {string} */
                            unit: "ratio" | "rate" | "dpmo" | "score" | "count";
                            value: number;
                        } | {
                            /** @enum {string} */
                            from: "fantastic_plus" | "fantastic" | "great" | "fair" | "poor";
                            score: number | null;
                            /** @enum {string} */
                            to: "fantastic_plus" | "fantastic" | "great" | "fair" | "poor";
                            /** @enum {string} */
                            type: "tier_drop";
                        } | {
                            score: number | null;
                            /** @enum {string} */
                            standing: "fantastic_plus" | "fantastic" | "great" | "fair" | "poor";
                            /** @enum {string} */
                            type: "fantastic";
                        };
                        causeDate: string;
                        createdAt: string;
                        disputedAt: string | null;
                        disputeText: string | null;
                        driverId: string;
                        driverName: string;
                        effect: {
                            after: {
                                value: number | null;
                                week: string;
                            }[];
                            afterMean: number | null;
                            before: {
                                value: number | null;
                                week: string;
                            }[];
                            beforeMean: number | null;
                            /** @enum {string} */
                            direction: "higher" | "lower";
                            measure: string;
                            measureLabel: string;
                            /** @enum {string} */
                            verdict: "improved" | "worse" | "same" | "not_yet" | "no_data";
                        };
                        heldAt: string | null;
                        heldBy: string | null;
                        heldNote: string | null;
                        id: string;
                        managerNote: string | null;
                        messages: {
                            attempts: number;
                            body: string;
                            /** @enum {string} */
                            channel: "in_app" | "sms";
                            createdAt: string;
                            deliveredAt: string | null;
                            driverId: string;
                            id: string;
                            lastError: string | null;
                            link: string | null;
                            nextAttemptAt: string | null;
                            provider: string | null;
                            readAt: string | null;
                            sentAt: string | null;
                            /** @enum {string} */
                            status: "queued" | "sent" | "delivered" | "failed" | "blocked";
                            toPhone: string | null;
                            topic: string;
                        }[];
                        notifiedAt: string | null;
                        /** @enum {string} */
                        notify: "waiting" | "sent" | "review";
                        resolution: ("upheld" | "dismissed") | null;
                        resolutionNote: string | null;
                        resolvedAt: string | null;
                        resolvedBy: string | null;
                        ruleId: string;
                        ruleName: string;
                        signature: string | null;
                        stationId: string;
                        /** @enum {string} */
                        status: "open" | "acknowledged" | "disputed" | "upheld" | "dismissed";
                        step: number;
                        steps: {
                            at: string;
                            by: string;
                            note: string | null;
                            what: string;
                        }[];
                        summary: string;
                        warningPdf: string | null;
                        week: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putCoachingItemsByIdNote: {
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
                    note: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acknowledgedAt: string | null;
                        /** @enum {string} */
                        action: "message" | "one_on_one" | "ride_along" | "written_warning" | "recognition";
                        cause: {
                            days: number;
                            events: {
                                businessDate: string;
                                eventId: string;
                                id: string;
                                occurredAt: string;
                                severity: string | null;
                                status: string;
                                subtype: string | null;
                                type: string;
                                videoLink: string | null;
                            }[];
                            eventType: string;
                            /** @enum {string} */
                            type: "events";
                        } | {
                            /** @enum {string} */
                            metric: "fico" | "seatbelt" | "speeding" | "distractions" | "sign_signal" | "following_distance" | "cdf_dpmo" | "ced" | "dcr" | "dnr_dpmo" | "dsb_dpmo" | "pod" | "contact_compliance" | "psb" | "delivered";
                            threshold: number;
                            /** @enum {string} */
                            type: "metric";
                            /** @enum {string} */
                            unit: "ratio" | "rate" | "dpmo" | "score" | "count";
                            value: number;
                        } | {
                            /** @enum {string} */
                            from: "fantastic_plus" | "fantastic" | "great" | "fair" | "poor";
                            score: number | null;
                            /** @enum {string} */
                            to: "fantastic_plus" | "fantastic" | "great" | "fair" | "poor";
                            /** @enum {string} */
                            type: "tier_drop";
                        } | {
                            score: number | null;
                            /** @enum {string} */
                            standing: "fantastic_plus" | "fantastic" | "great" | "fair" | "poor";
                            /** @enum {string} */
                            type: "fantastic";
                        };
                        causeDate: string;
                        createdAt: string;
                        disputedAt: string | null;
                        disputeText: string | null;
                        driverId: string;
                        driverName: string;
                        effect: {
                            after: {
                                value: number | null;
                                week: string;
                            }[];
                            afterMean: number | null;
                            before: {
                                value: number | null;
                                week: string;
                            }[];
                            beforeMean: number | null;
                            /** @enum {string} */
                            direction: "higher" | "lower";
                            measure: string;
                            measureLabel: string;
                            /** @enum {string} */
                            verdict: "improved" | "worse" | "same" | "not_yet" | "no_data";
                        };
                        heldAt: string | null;
                        heldBy: string | null;
                        heldNote: string | null;
                        id: string;
                        managerNote: string | null;
                        messages: {
                            attempts: number;
                            body: string;
                            /** @enum {string} */
                            channel: "in_app" | "sms";
                            createdAt: string;
                            deliveredAt: string | null;
                            driverId: string;
                            id: string;
                            lastError: string | null;
                            link: string | null;
                            nextAttemptAt: string | null;
                            provider: string | null;
                            readAt: string | null;
                            sentAt: string | null;
                            /** @enum {string} */
                            status: "queued" | "sent" | "delivered" | "failed" | "blocked";
                            toPhone: string | null;
                            topic: string;
                        }[];
                        notifiedAt: string | null;
                        /** @enum {string} */
                        notify: "waiting" | "sent" | "review";
                        resolution: ("upheld" | "dismissed") | null;
                        resolutionNote: string | null;
                        resolvedAt: string | null;
                        resolvedBy: string | null;
                        ruleId: string;
                        ruleName: string;
                        signature: string | null;
                        stationId: string;
                        /** @enum {string} */
                        status: "open" | "acknowledged" | "disputed" | "upheld" | "dismissed";
                        step: number;
                        steps: {
                            at: string;
                            by: string;
                            note: string | null;
                            what: string;
                        }[];
                        summary: string;
                        warningPdf: string | null;
                        week: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCoachingItemsByIdResolve: {
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
                    note: string;
                    /** @enum {string} */
                    resolution: "upheld" | "dismissed";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acknowledgedAt: string | null;
                        /** @enum {string} */
                        action: "message" | "one_on_one" | "ride_along" | "written_warning" | "recognition";
                        cause: {
                            days: number;
                            events: {
                                businessDate: string;
                                eventId: string;
                                id: string;
                                occurredAt: string;
                                severity: string | null;
                                status: string;
                                subtype: string | null;
                                type: string;
                                videoLink: string | null;
                            }[];
                            eventType: string;
                            /** @enum {string} */
                            type: "events";
                        } | {
                            /** @enum {string} */
                            metric: "fico" | "seatbelt" | "speeding" | "distractions" | "sign_signal" | "following_distance" | "cdf_dpmo" | "ced" | "dcr" | "dnr_dpmo" | "dsb_dpmo" | "pod" | "contact_compliance" | "psb" | "delivered";
                            threshold: number;
                            /** @enum {string} */
                            type: "metric";
                            /** @enum {string} */
                            unit: "ratio" | "rate" | "dpmo" | "score" | "count";
                            value: number;
                        } | {
                            /** @enum {string} */
                            from: "fantastic_plus" | "fantastic" | "great" | "fair" | "poor";
                            score: number | null;
                            /** @enum {string} */
                            to: "fantastic_plus" | "fantastic" | "great" | "fair" | "poor";
                            /** @enum {string} */
                            type: "tier_drop";
                        } | {
                            score: number | null;
                            /** @enum {string} */
                            standing: "fantastic_plus" | "fantastic" | "great" | "fair" | "poor";
                            /** @enum {string} */
                            type: "fantastic";
                        };
                        causeDate: string;
                        createdAt: string;
                        disputedAt: string | null;
                        disputeText: string | null;
                        driverId: string;
                        driverName: string;
                        effect: {
                            after: {
                                value: number | null;
                                week: string;
                            }[];
                            afterMean: number | null;
                            before: {
                                value: number | null;
                                week: string;
                            }[];
                            beforeMean: number | null;
                            /** @enum {string} */
                            direction: "higher" | "lower";
                            measure: string;
                            measureLabel: string;
                            /** @enum {string} */
                            verdict: "improved" | "worse" | "same" | "not_yet" | "no_data";
                        };
                        heldAt: string | null;
                        heldBy: string | null;
                        heldNote: string | null;
                        id: string;
                        managerNote: string | null;
                        messages: {
                            attempts: number;
                            body: string;
                            /** @enum {string} */
                            channel: "in_app" | "sms";
                            createdAt: string;
                            deliveredAt: string | null;
                            driverId: string;
                            id: string;
                            lastError: string | null;
                            link: string | null;
                            nextAttemptAt: string | null;
                            provider: string | null;
                            readAt: string | null;
                            sentAt: string | null;
                            /** @enum {string} */
                            status: "queued" | "sent" | "delivered" | "failed" | "blocked";
                            toPhone: string | null;
                            topic: string;
                        }[];
                        notifiedAt: string | null;
                        /** @enum {string} */
                        notify: "waiting" | "sent" | "review";
                        resolution: ("upheld" | "dismissed") | null;
                        resolutionNote: string | null;
                        resolvedAt: string | null;
                        resolvedBy: string | null;
                        ruleId: string;
                        ruleName: string;
                        signature: string | null;
                        stationId: string;
                        /** @enum {string} */
                        status: "open" | "acknowledged" | "disputed" | "upheld" | "dismissed";
                        step: number;
                        steps: {
                            at: string;
                            by: string;
                            note: string | null;
                            what: string;
                        }[];
                        summary: string;
                        warningPdf: string | null;
                        week: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCoachingItemsByIdSend: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acknowledgedAt: string | null;
                        /** @enum {string} */
                        action: "message" | "one_on_one" | "ride_along" | "written_warning" | "recognition";
                        cause: {
                            days: number;
                            events: {
                                businessDate: string;
                                eventId: string;
                                id: string;
                                occurredAt: string;
                                severity: string | null;
                                status: string;
                                subtype: string | null;
                                type: string;
                                videoLink: string | null;
                            }[];
                            eventType: string;
                            /** @enum {string} */
                            type: "events";
                        } | {
                            /** @enum {string} */
                            metric: "fico" | "seatbelt" | "speeding" | "distractions" | "sign_signal" | "following_distance" | "cdf_dpmo" | "ced" | "dcr" | "dnr_dpmo" | "dsb_dpmo" | "pod" | "contact_compliance" | "psb" | "delivered";
                            threshold: number;
                            /** @enum {string} */
                            type: "metric";
                            /** @enum {string} */
                            unit: "ratio" | "rate" | "dpmo" | "score" | "count";
                            value: number;
                        } | {
                            /** @enum {string} */
                            from: "fantastic_plus" | "fantastic" | "great" | "fair" | "poor";
                            score: number | null;
                            /** @enum {string} */
                            to: "fantastic_plus" | "fantastic" | "great" | "fair" | "poor";
                            /** @enum {string} */
                            type: "tier_drop";
                        } | {
                            score: number | null;
                            /** @enum {string} */
                            standing: "fantastic_plus" | "fantastic" | "great" | "fair" | "poor";
                            /** @enum {string} */
                            type: "fantastic";
                        };
                        causeDate: string;
                        createdAt: string;
                        disputedAt: string | null;
                        disputeText: string | null;
                        driverId: string;
                        driverName: string;
                        effect: {
                            after: {
                                value: number | null;
                                week: string;
                            }[];
                            afterMean: number | null;
                            before: {
                                value: number | null;
                                week: string;
                            }[];
                            beforeMean: number | null;
                            /** @enum {string} */
                            direction: "higher" | "lower";
                            measure: string;
                            measureLabel: string;
                            /** @enum {string} */
                            verdict: "improved" | "worse" | "same" | "not_yet" | "no_data";
                        };
                        heldAt: string | null;
                        heldBy: string | null;
                        heldNote: string | null;
                        id: string;
                        managerNote: string | null;
                        messages: {
                            attempts: number;
                            body: string;
                            /** @enum {string} */
                            channel: "in_app" | "sms";
                            createdAt: string;
                            deliveredAt: string | null;
                            driverId: string;
                            id: string;
                            lastError: string | null;
                            link: string | null;
                            nextAttemptAt: string | null;
                            provider: string | null;
                            readAt: string | null;
                            sentAt: string | null;
                            /** @enum {string} */
                            status: "queued" | "sent" | "delivered" | "failed" | "blocked";
                            toPhone: string | null;
                            topic: string;
                        }[];
                        notifiedAt: string | null;
                        /** @enum {string} */
                        notify: "waiting" | "sent" | "review";
                        resolution: ("upheld" | "dismissed") | null;
                        resolutionNote: string | null;
                        resolvedAt: string | null;
                        resolvedBy: string | null;
                        ruleId: string;
                        ruleName: string;
                        signature: string | null;
                        stationId: string;
                        /** @enum {string} */
                        status: "open" | "acknowledged" | "disputed" | "upheld" | "dismissed";
                        step: number;
                        steps: {
                            at: string;
                            by: string;
                            note: string | null;
                            what: string;
                        }[];
                        summary: string;
                        warningPdf: string | null;
                        week: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCoachingItemsByIdWarningPdf: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCoachingOpenWarnings: {
        parameters: {
            query: {
                stationId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        drivers: {
                            causeDate: string;
                            driverId: string;
                            itemId: string;
                        }[];
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCoachingReview: {
        parameters: {
            query?: {
                stationId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            acknowledgedAt: string | null;
                            /** @enum {string} */
                            action: "message" | "one_on_one" | "ride_along" | "written_warning" | "recognition";
                            cause: {
                                days: number;
                                events: {
                                    businessDate: string;
                                    eventId: string;
                                    id: string;
                                    occurredAt: string;
                                    severity: string | null;
                                    status: string;
                                    subtype: string | null;
                                    type: string;
                                    videoLink: string | null;
                                }[];
                                eventType: string;
                                /** @enum {string} */
                                type: "events";
                            } | {
                                /** @enum {string} */
                                metric: "fico" | "seatbelt" | "speeding" | "distractions" | "sign_signal" | "following_distance" | "cdf_dpmo" | "ced" | "dcr" | "dnr_dpmo" | "dsb_dpmo" | "pod" | "contact_compliance" | "psb" | "delivered";
                                threshold: number;
                                /** @enum {string} */
                                type: "metric";
                                /** @enum {string} */
                                unit: "ratio" | "rate" | "dpmo" | "score" | "count";
                                value: number;
                            } | {
                                /** @enum {string} */
                                from: "fantastic_plus" | "fantastic" | "great" | "fair" | "poor";
                                score: number | null;
                                /** @enum {string} */
                                to: "fantastic_plus" | "fantastic" | "great" | "fair" | "poor";
                                /** @enum {string} */
                                type: "tier_drop";
                            } | {
                                score: number | null;
                                /** @enum {string} */
                                standing: "fantastic_plus" | "fantastic" | "great" | "fair" | "poor";
                                /** @enum {string} */
                                type: "fantastic";
                            };
                            causeDate: string;
                            createdAt: string;
                            disputedAt: string | null;
                            disputeText: string | null;
                            driverId: string;
                            driverName: string;
                            heldAt: string | null;
                            heldBy: string | null;
                            heldNote: string | null;
                            id: string;
                            managerNote: string | null;
                            notifiedAt: string | null;
                            /** @enum {string} */
                            notify: "waiting" | "sent" | "review";
                            resolution: ("upheld" | "dismissed") | null;
                            resolutionNote: string | null;
                            resolvedAt: string | null;
                            resolvedBy: string | null;
                            ruleId: string;
                            ruleName: string;
                            signature: string | null;
                            stationId: string;
                            /** @enum {string} */
                            status: "open" | "acknowledged" | "disputed" | "upheld" | "dismissed";
                            step: number;
                            summary: string;
                            week: string;
                        }[];
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCoachingReviewCount: {
        parameters: {
            query?: {
                stationId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        count: number;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCoachingRules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        rules: {
                            active: boolean;
                            escalationDays: number;
                            id: string;
                            items: number;
                            ladder: ("message" | "one_on_one" | "ride_along" | "written_warning" | "recognition")[];
                            measure: string;
                            measureLabel: string;
                            name: string;
                            trigger: {
                                count: number;
                                days: number;
                                eventType: string;
                                /** @enum {string} */
                                type: "events";
                            } | {
                                /** @enum {string} */
                                metric: "fico" | "seatbelt" | "speeding" | "distractions" | "sign_signal" | "following_distance" | "cdf_dpmo" | "ced" | "dcr" | "dnr_dpmo" | "dsb_dpmo" | "pod" | "contact_compliance" | "psb" | "delivered";
                                threshold: number;
                                /** @enum {string} */
                                type: "metric";
                            } | {
                                /** @enum {string} */
                                type: "tier_drop";
                            } | {
                                /** @enum {string} */
                                type: "fantastic";
                            };
                        }[];
                        suggested: boolean;
                    };
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCoachingRules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    active: boolean;
                    escalationDays: number;
                    ladder: ("message" | "one_on_one" | "ride_along" | "written_warning" | "recognition")[];
                    name: string;
                    trigger: {
                        count: number;
                        days: number;
                        eventType: string;
                        /** @enum {string} */
                        type: "events";
                    } | {
                        /** @enum {string} */
                        metric: "fico" | "seatbelt" | "speeding" | "distractions" | "sign_signal" | "following_distance" | "cdf_dpmo" | "ced" | "dcr" | "dnr_dpmo" | "dsb_dpmo" | "pod" | "contact_compliance" | "psb" | "delivered";
                        threshold: number;
                        /** @enum {string} */
                        type: "metric";
                    } | {
                        /** @enum {string} */
                        type: "tier_drop";
                    } | {
                        /** @enum {string} */
                        type: "fantastic";
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        escalationDays: number;
                        id: string;
                        items: number;
                        ladder: ("message" | "one_on_one" | "ride_along" | "written_warning" | "recognition")[];
                        measure: string;
                        measureLabel: string;
                        name: string;
                        trigger: {
                            count: number;
                            days: number;
                            eventType: string;
                            /** @enum {string} */
                            type: "events";
                        } | {
                            /** @enum {string} */
                            metric: "fico" | "seatbelt" | "speeding" | "distractions" | "sign_signal" | "following_distance" | "cdf_dpmo" | "ced" | "dcr" | "dnr_dpmo" | "dsb_dpmo" | "pod" | "contact_compliance" | "psb" | "delivered";
                            threshold: number;
                            /** @enum {string} */
                            type: "metric";
                        } | {
                            /** @enum {string} */
                            type: "tier_drop";
                        } | {
                            /** @enum {string} */
                            type: "fantastic";
                        };
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putCoachingRulesById: {
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
                    active: boolean;
                    escalationDays: number;
                    ladder: ("message" | "one_on_one" | "ride_along" | "written_warning" | "recognition")[];
                    name: string;
                    trigger: {
                        count: number;
                        days: number;
                        eventType: string;
                        /** @enum {string} */
                        type: "events";
                    } | {
                        /** @enum {string} */
                        metric: "fico" | "seatbelt" | "speeding" | "distractions" | "sign_signal" | "following_distance" | "cdf_dpmo" | "ced" | "dcr" | "dnr_dpmo" | "dsb_dpmo" | "pod" | "contact_compliance" | "psb" | "delivered";
                        threshold: number;
                        /** @enum {string} */
                        type: "metric";
                    } | {
                        /** @enum {string} */
                        type: "tier_drop";
                    } | {
                        /** @enum {string} */
                        type: "fantastic";
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        escalationDays: number;
                        id: string;
                        items: number;
                        ladder: ("message" | "one_on_one" | "ride_along" | "written_warning" | "recognition")[];
                        measure: string;
                        measureLabel: string;
                        name: string;
                        trigger: {
                            count: number;
                            days: number;
                            eventType: string;
                            /** @enum {string} */
                            type: "events";
                        } | {
                            /** @enum {string} */
                            metric: "fico" | "seatbelt" | "speeding" | "distractions" | "sign_signal" | "following_distance" | "cdf_dpmo" | "ced" | "dcr" | "dnr_dpmo" | "dsb_dpmo" | "pod" | "contact_compliance" | "psb" | "delivered";
                            threshold: number;
                            /** @enum {string} */
                            type: "metric";
                        } | {
                            /** @enum {string} */
                            type: "tier_drop";
                        } | {
                            /** @enum {string} */
                            type: "fantastic";
                        };
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteCoachingRulesById: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCoachingRun: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    stationId: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        created: number;
                        review: number;
                        sent: number;
                        waiting: number;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDamageById: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        claimStatus: "none" | "open" | "submitted" | "approved" | "denied" | "paid" | "closed";
                        costCents: number | null;
                        createdAt: string;
                        createdBy: string;
                        description: string;
                        driverId: string | null;
                        driverName: string | null;
                        evidence: {
                            attribution: string | null;
                            attributionKind: ("shift" | "parked" | "unclear") | null;
                            current: {
                                businessDate: string;
                                damagePanels: ("front_bumper" | "hood" | "windshield" | "roof" | "driver_side_front" | "driver_side_rear" | "passenger_side_front" | "passenger_side_rear" | "rear_doors" | "rear_bumper")[];
                                driverId: string | null;
                                durationSeconds: number;
                                failedItems: string[];
                                fleetNumber: string;
                                grounded: boolean;
                                id: string;
                                inspectorName: string;
                                /** @enum {string} */
                                kind: "pre_trip" | "post_trip";
                                passed: boolean;
                                rushed: boolean;
                                startedAt: string;
                                stationId: string;
                                vanId: string;
                                /** @enum {string} */
                                vanType: "edv" | "cdv" | "step_van" | "rental";
                            } | null;
                            previous: {
                                businessDate: string;
                                damagePanels: ("front_bumper" | "hood" | "windshield" | "roof" | "driver_side_front" | "driver_side_rear" | "passenger_side_front" | "passenger_side_rear" | "rear_doors" | "rear_bumper")[];
                                driverId: string | null;
                                durationSeconds: number;
                                failedItems: string[];
                                fleetNumber: string;
                                grounded: boolean;
                                id: string;
                                inspectorName: string;
                                /** @enum {string} */
                                kind: "pre_trip" | "post_trip";
                                passed: boolean;
                                rushed: boolean;
                                startedAt: string;
                                stationId: string;
                                vanId: string;
                                /** @enum {string} */
                                vanType: "edv" | "cdv" | "step_van" | "rental";
                            } | null;
                        } | null;
                        id: string;
                        occurredAt: string;
                        panels: ("front_bumper" | "hood" | "windshield" | "roof" | "driver_side_front" | "driver_side_rear" | "passenger_side_front" | "passenger_side_rear" | "rear_doors" | "rear_bumper")[];
                        photos: {
                            contentType: string;
                            createdAt: string;
                            fileName: string;
                            id: string;
                            sizeBytes: number;
                            thumbnailUrl: string | null;
                            url: string;
                        }[];
                        policeReport: string | null;
                        repairCostCents: number;
                        repairs: {
                            costCents: number;
                            createdAt: string;
                            id: string;
                            invoice: {
                                contentType: string;
                                createdAt: string;
                                fileName: string;
                                id: string;
                                sizeBytes: number;
                                thumbnailUrl: string | null;
                                url: string;
                            } | null;
                            note: string | null;
                            repairedOn: string;
                            vendor: string;
                        }[];
                        severity: ("minor" | "moderate" | "major") | null;
                        /** @enum {string} */
                        source: "manual" | "inspection";
                        stationId: string;
                        thirdParty: boolean;
                        thirdPartyDetails: string | null;
                        updatedAt: string;
                        vanId: string;
                        videos: {
                            contentType: string;
                            createdAt: string;
                            fileName: string;
                            id: string;
                            sizeBytes: number;
                            thumbnailUrl: string | null;
                            url: string;
                        }[];
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteDamageById: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchDamageById: {
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
                    claimStatus?: "none" | "open" | "submitted" | "approved" | "denied" | "paid" | "closed";
                    costCents?: number | null;
                    description?: string;
                    driverId?: string | null;
                    /** Format: date-time */
                    occurredAt?: string;
                    panels?: ("front_bumper" | "hood" | "windshield" | "roof" | "driver_side_front" | "driver_side_rear" | "passenger_side_front" | "passenger_side_rear" | "rear_doors" | "rear_bumper")[];
                    photoIds?: string[];
                    policeReport?: string | null;
                    /** @enum {string} */
                    severity?: "minor" | "moderate" | "major";
                    thirdParty?: boolean;
                    thirdPartyDetails?: string | null;
                    videoIds?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        claimStatus: "none" | "open" | "submitted" | "approved" | "denied" | "paid" | "closed";
                        costCents: number | null;
                        createdAt: string;
                        createdBy: string;
                        description: string;
                        driverId: string | null;
                        driverName: string | null;
                        evidence: {
                            attribution: string | null;
                            attributionKind: ("shift" | "parked" | "unclear") | null;
                            current: {
                                businessDate: string;
                                damagePanels: ("front_bumper" | "hood" | "windshield" | "roof" | "driver_side_front" | "driver_side_rear" | "passenger_side_front" | "passenger_side_rear" | "rear_doors" | "rear_bumper")[];
                                driverId: string | null;
                                durationSeconds: number;
                                failedItems: string[];
                                fleetNumber: string;
                                grounded: boolean;
                                id: string;
                                inspectorName: string;
                                /** @enum {string} */
                                kind: "pre_trip" | "post_trip";
                                passed: boolean;
                                rushed: boolean;
                                startedAt: string;
                                stationId: string;
                                vanId: string;
                                /** @enum {string} */
                                vanType: "edv" | "cdv" | "step_van" | "rental";
                            } | null;
                            previous: {
                                businessDate: string;
                                damagePanels: ("front_bumper" | "hood" | "windshield" | "roof" | "driver_side_front" | "driver_side_rear" | "passenger_side_front" | "passenger_side_rear" | "rear_doors" | "rear_bumper")[];
                                driverId: string | null;
                                durationSeconds: number;
                                failedItems: string[];
                                fleetNumber: string;
                                grounded: boolean;
                                id: string;
                                inspectorName: string;
                                /** @enum {string} */
                                kind: "pre_trip" | "post_trip";
                                passed: boolean;
                                rushed: boolean;
                                startedAt: string;
                                stationId: string;
                                vanId: string;
                                /** @enum {string} */
                                vanType: "edv" | "cdv" | "step_van" | "rental";
                            } | null;
                        } | null;
                        id: string;
                        occurredAt: string;
                        panels: ("front_bumper" | "hood" | "windshield" | "roof" | "driver_side_front" | "driver_side_rear" | "passenger_side_front" | "passenger_side_rear" | "rear_doors" | "rear_bumper")[];
                        photos: {
                            contentType: string;
                            createdAt: string;
                            fileName: string;
                            id: string;
                            sizeBytes: number;
                            thumbnailUrl: string | null;
                            url: string;
                        }[];
                        policeReport: string | null;
                        repairCostCents: number;
                        repairs: {
                            costCents: number;
                            createdAt: string;
                            id: string;
                            invoice: {
                                contentType: string;
                                createdAt: string;
                                fileName: string;
                                id: string;
                                sizeBytes: number;
                                thumbnailUrl: string | null;
                                url: string;
                            } | null;
                            note: string | null;
                            repairedOn: string;
                            vendor: string;
                        }[];
                        severity: ("minor" | "moderate" | "major") | null;
                        /** @enum {string} */
                        source: "manual" | "inspection";
                        stationId: string;
                        thirdParty: boolean;
                        thirdPartyDetails: string | null;
                        updatedAt: string;
                        vanId: string;
                        videos: {
                            contentType: string;
                            createdAt: string;
                            fileName: string;
                            id: string;
                            sizeBytes: number;
                            thumbnailUrl: string | null;
                            url: string;
                        }[];
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postDamageByIdRepairs: {
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
                    costCents: number;
                    invoiceFileId?: string | null;
                    note?: string | null;
                    repairedOn: string;
                    vendor: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        claimStatus: "none" | "open" | "submitted" | "approved" | "denied" | "paid" | "closed";
                        costCents: number | null;
                        createdAt: string;
                        createdBy: string;
                        description: string;
                        driverId: string | null;
                        driverName: string | null;
                        evidence: {
                            attribution: string | null;
                            attributionKind: ("shift" | "parked" | "unclear") | null;
                            current: {
                                businessDate: string;
                                damagePanels: ("front_bumper" | "hood" | "windshield" | "roof" | "driver_side_front" | "driver_side_rear" | "passenger_side_front" | "passenger_side_rear" | "rear_doors" | "rear_bumper")[];
                                driverId: string | null;
                                durationSeconds: number;
                                failedItems: string[];
                                fleetNumber: string;
                                grounded: boolean;
                                id: string;
                                inspectorName: string;
                                /** @enum {string} */
                                kind: "pre_trip" | "post_trip";
                                passed: boolean;
                                rushed: boolean;
                                startedAt: string;
                                stationId: string;
                                vanId: string;
                                /** @enum {string} */
                                vanType: "edv" | "cdv" | "step_van" | "rental";
                            } | null;
                            previous: {
                                businessDate: string;
                                damagePanels: ("front_bumper" | "hood" | "windshield" | "roof" | "driver_side_front" | "driver_side_rear" | "passenger_side_front" | "passenger_side_rear" | "rear_doors" | "rear_bumper")[];
                                driverId: string | null;
                                durationSeconds: number;
                                failedItems: string[];
                                fleetNumber: string;
                                grounded: boolean;
                                id: string;
                                inspectorName: string;
                                /** @enum {string} */
                                kind: "pre_trip" | "post_trip";
                                passed: boolean;
                                rushed: boolean;
                                startedAt: string;
                                stationId: string;
                                vanId: string;
                                /** @enum {string} */
                                vanType: "edv" | "cdv" | "step_van" | "rental";
                            } | null;
                        } | null;
                        id: string;
                        occurredAt: string;
                        panels: ("front_bumper" | "hood" | "windshield" | "roof" | "driver_side_front" | "driver_side_rear" | "passenger_side_front" | "passenger_side_rear" | "rear_doors" | "rear_bumper")[];
                        photos: {
                            contentType: string;
                            createdAt: string;
                            fileName: string;
                            id: string;
                            sizeBytes: number;
                            thumbnailUrl: string | null;
                            url: string;
                        }[];
                        policeReport: string | null;
                        repairCostCents: number;
                        repairs: {
                            costCents: number;
                            createdAt: string;
                            id: string;
                            invoice: {
                                contentType: string;
                                createdAt: string;
                                fileName: string;
                                id: string;
                                sizeBytes: number;
                                thumbnailUrl: string | null;
                                url: string;
                            } | null;
                            note: string | null;
                            repairedOn: string;
                            vendor: string;
                        }[];
                        severity: ("minor" | "moderate" | "major") | null;
                        /** @enum {string} */
                        source: "manual" | "inspection";
                        stationId: string;
                        thirdParty: boolean;
                        thirdPartyDetails: string | null;
                        updatedAt: string;
                        vanId: string;
                        videos: {
                            contentType: string;
                            createdAt: string;
                            fileName: string;
                            id: string;
                            sizeBytes: number;
                            thumbnailUrl: string | null;
                            url: string;
                        }[];
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteDamageByIdRepairsByRepairId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                repairId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        claimStatus: "none" | "open" | "submitted" | "approved" | "denied" | "paid" | "closed";
                        costCents: number | null;
                        createdAt: string;
                        createdBy: string;
                        description: string;
                        driverId: string | null;
                        driverName: string | null;
                        evidence: {
                            attribution: string | null;
                            attributionKind: ("shift" | "parked" | "unclear") | null;
                            current: {
                                businessDate: string;
                                damagePanels: ("front_bumper" | "hood" | "windshield" | "roof" | "driver_side_front" | "driver_side_rear" | "passenger_side_front" | "passenger_side_rear" | "rear_doors" | "rear_bumper")[];
                                driverId: string | null;
                                durationSeconds: number;
                                failedItems: string[];
                                fleetNumber: string;
                                grounded: boolean;
                                id: string;
                                inspectorName: string;
                                /** @enum {string} */
                                kind: "pre_trip" | "post_trip";
                                passed: boolean;
                                rushed: boolean;
                                startedAt: string;
                                stationId: string;
                                vanId: string;
                                /** @enum {string} */
                                vanType: "edv" | "cdv" | "step_van" | "rental";
                            } | null;
                            previous: {
                                businessDate: string;
                                damagePanels: ("front_bumper" | "hood" | "windshield" | "roof" | "driver_side_front" | "driver_side_rear" | "passenger_side_front" | "passenger_side_rear" | "rear_doors" | "rear_bumper")[];
                                driverId: string | null;
                                durationSeconds: number;
                                failedItems: string[];
                                fleetNumber: string;
                                grounded: boolean;
                                id: string;
                                inspectorName: string;
                                /** @enum {string} */
                                kind: "pre_trip" | "post_trip";
                                passed: boolean;
                                rushed: boolean;
                                startedAt: string;
                                stationId: string;
                                vanId: string;
                                /** @enum {string} */
                                vanType: "edv" | "cdv" | "step_van" | "rental";
                            } | null;
                        } | null;
                        id: string;
                        occurredAt: string;
                        panels: ("front_bumper" | "hood" | "windshield" | "roof" | "driver_side_front" | "driver_side_rear" | "passenger_side_front" | "passenger_side_rear" | "rear_doors" | "rear_bumper")[];
                        photos: {
                            contentType: string;
                            createdAt: string;
                            fileName: string;
                            id: string;
                            sizeBytes: number;
                            thumbnailUrl: string | null;
                            url: string;
                        }[];
                        policeReport: string | null;
                        repairCostCents: number;
                        repairs: {
                            costCents: number;
                            createdAt: string;
                            id: string;
                            invoice: {
                                contentType: string;
                                createdAt: string;
                                fileName: string;
                                id: string;
                                sizeBytes: number;
                                thumbnailUrl: string | null;
                                url: string;
                            } | null;
                            note: string | null;
                            repairedOn: string;
                            vendor: string;
                        }[];
                        severity: ("minor" | "moderate" | "major") | null;
                        /** @enum {string} */
                        source: "manual" | "inspection";
                        stationId: string;
                        thirdParty: boolean;
                        thirdPartyDetails: string | null;
                        updatedAt: string;
                        vanId: string;
                        videos: {
                            contentType: string;
                            createdAt: string;
                            fileName: string;
                            id: string;
                            sizeBytes: number;
                            thumbnailUrl: string | null;
                            url: string;
                        }[];
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchDamageByIdRepairsByRepairId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                repairId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    costCents?: number;
                    invoiceFileId?: string | null;
                    note?: string | null;
                    repairedOn?: string;
                    vendor?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        claimStatus: "none" | "open" | "submitted" | "approved" | "denied" | "paid" | "closed";
                        costCents: number | null;
                        createdAt: string;
                        createdBy: string;
                        description: string;
                        driverId: string | null;
                        driverName: string | null;
                        evidence: {
                            attribution: string | null;
                            attributionKind: ("shift" | "parked" | "unclear") | null;
                            current: {
                                businessDate: string;
                                damagePanels: ("front_bumper" | "hood" | "windshield" | "roof" | "driver_side_front" | "driver_side_rear" | "passenger_side_front" | "passenger_side_rear" | "rear_doors" | "rear_bumper")[];
                                driverId: string | null;
                                durationSeconds: number;
                                failedItems: string[];
                                fleetNumber: string;
                                grounded: boolean;
                                id: string;
                                inspectorName: string;
                                /** @enum {string} */
                                kind: "pre_trip" | "post_trip";
                                passed: boolean;
                                rushed: boolean;
                                startedAt: string;
                                stationId: string;
                                vanId: string;
                                /** @enum {string} */
                                vanType: "edv" | "cdv" | "step_van" | "rental";
                            } | null;
                            previous: {
                                businessDate: string;
                                damagePanels: ("front_bumper" | "hood" | "windshield" | "roof" | "driver_side_front" | "driver_side_rear" | "passenger_side_front" | "passenger_side_rear" | "rear_doors" | "rear_bumper")[];
                                driverId: string | null;
                                durationSeconds: number;
                                failedItems: string[];
                                fleetNumber: string;
                                grounded: boolean;
                                id: string;
                                inspectorName: string;
                                /** @enum {string} */
                                kind: "pre_trip" | "post_trip";
                                passed: boolean;
                                rushed: boolean;
                                startedAt: string;
                                stationId: string;
                                vanId: string;
                                /** @enum {string} */
                                vanType: "edv" | "cdv" | "step_van" | "rental";
                            } | null;
                        } | null;
                        id: string;
                        occurredAt: string;
                        panels: ("front_bumper" | "hood" | "windshield" | "roof" | "driver_side_front" | "driver_side_rear" | "passenger_side_front" | "passenger_side_rear" | "rear_doors" | "rear_bumper")[];
                        photos: {
                            contentType: string;
                            createdAt: string;
                            fileName: string;
                            id: string;
                            sizeBytes: number;
                            thumbnailUrl: string | null;
                            url: string;
                        }[];
                        policeReport: string | null;
                        repairCostCents: number;
                        repairs: {
                            costCents: number;
                            createdAt: string;
                            id: string;
                            invoice: {
                                contentType: string;
                                createdAt: string;
                                fileName: string;
                                id: string;
                                sizeBytes: number;
                                thumbnailUrl: string | null;
                                url: string;
                            } | null;
                            note: string | null;
                            repairedOn: string;
                            vendor: string;
                        }[];
                        severity: ("minor" | "moderate" | "major") | null;
                        /** @enum {string} */
                        source: "manual" | "inspection";
                        stationId: string;
                        thirdParty: boolean;
                        thirdPartyDetails: string | null;
                        updatedAt: string;
                        vanId: string;
                        videos: {
                            contentType: string;
                            createdAt: string;
                            fileName: string;
                            id: string;
                            sizeBytes: number;
                            thumbnailUrl: string | null;
                            url: string;
                        }[];
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDispatchBoard: {
        parameters: {
            query: {
                date?: string;
                since?: number;
                stationId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        changed: false;
                        version: number;
                    } | {
                        /** @enum {boolean} */
                        changed: true;
                        date: string;
                        drivers: {
                            availability: {
                                available: boolean;
                                reason: string | null;
                                timeOff: boolean;
                            };
                            clearanceReasons: string[];
                            cleared: boolean;
                            hourlyRateCents: number | null;
                            id: string;
                            name: string;
                            otherDays: number;
                            otherDaysMinutes: number;
                            pastSixDaysMinutes: number;
                            routeId: string | null;
                            shift: {
                                attendanceEventId: string | null;
                                checkedInAt: string | null;
                                confirmedAt: string | null;
                                date: string;
                                driverId: string;
                                id: string;
                                /** @enum {string} */
                                kind: "route" | "standby" | "training" | "rescue" | "office";
                                minutes: number;
                                note: string | null;
                                publishedAt: string | null;
                                source: string;
                                startTime: string;
                                stationId: string;
                                /** @enum {string} */
                                status: "scheduled" | "called_out" | "no_show";
                                updatedAt: string;
                            } | null;
                            transporterId: string | null;
                            vanTypes: string[];
                            yesterdayEndMinute: number | null;
                        }[];
                        rescues: {
                            endedAt: string | null;
                            id: string;
                            note: string | null;
                            packages: number;
                            rescuerDriverId: string;
                            routeId: string;
                            startedAt: string;
                            stops: number;
                        }[];
                        rosterPublishedAt: string | null;
                        routes: {
                            assignedAt: string | null;
                            assignedBy: string | null;
                            close: {
                                actualEnd: string;
                                actualMinutes: number;
                                actualStart: string;
                                closedAt: string | null;
                                closedBy: string | null;
                                overrunMinutes: number;
                                packagesDelivered: number | null;
                                packagesReturned: number | null;
                                stopsCompleted: number | null;
                            } | null;
                            code: string;
                            conflicts: {
                                code: string;
                                /** @enum {string} */
                                level: "block" | "warn";
                                message: string;
                            }[];
                            driverId: string | null;
                            id: string;
                            packages: number | null;
                            pinned: boolean;
                            plannedMinutes: number;
                            serviceType: string | null;
                            source: string;
                            stagingLocation: string | null;
                            stops: number | null;
                            vanId: string | null;
                            vanType: string;
                            version: number;
                            waveTime: string;
                            why: string[];
                        }[];
                        rules: {
                            caps: {
                                maxDayMinutes: number;
                                maxSevenDayMinutes: number;
                                minRestMinutes: number;
                            };
                            defaultHourlyCents: number;
                            maxDaysPerWeek: number;
                            overtimeAfterMinutes: number;
                            weekCapMinutes: number;
                        };
                        station: {
                            code: string;
                            id: string;
                            name: string;
                            timeZone: string;
                        };
                        vans: {
                            dispatchable: boolean;
                            fleetNumber: string;
                            id: string;
                            /** @enum {string} */
                            preTrip: "passed" | "failed" | "missing";
                            routeId: string | null;
                            status: string;
                            statusReason: string | null;
                            vanType: string;
                        }[];
                        version: number;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postDispatchCallouts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    date: string;
                    driverId: string;
                    /** @enum {string} */
                    kind: "callout" | "ncns";
                    noticeHours?: number | null;
                    reason?: string | null;
                    stationId: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        attendanceEventId: string;
                        uncoveredRouteIds: string[];
                        version: number;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postDispatchRescues: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    endTime?: string | null;
                    note?: string | null;
                    packages: number;
                    rescuerDriverId: string;
                    routeId: string;
                    startTime: string;
                    stops: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteDispatchRescuesById: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDispatchRescuesSummary: {
        parameters: {
            query: {
                from: string;
                stationId: string;
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            driverId: string;
                            name: string;
                            packagesTaken: number;
                            rescuesGiven: number;
                            rescuesReceived: number;
                            stopsGivenAway: number;
                            stopsTaken: number;
                        }[];
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postDispatchRosterBuild: {
        parameters: {
            query: {
                date?: string;
                stationId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    approvedMinutes?: number;
                    /** @enum {string} */
                    overtime?: "approve" | "decline";
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assigned: number;
                        callIn: {
                            driverId: string;
                            name: string;
                            routeCode: string;
                            routeId: string;
                            vanId: string | null;
                        }[];
                        causes: {
                            routeCodes: string[];
                            text: string;
                        }[];
                        objective: number;
                        overtime: {
                            costCents: number;
                            covers: string[];
                            das: {
                                costCents: number;
                                driverId: string;
                                name: string;
                                overtimeMinutes: number;
                                routeCode: string;
                                weekMinutes: number;
                            }[];
                            minutes: number;
                            routesCovered: number;
                            /** @enum {string} */
                            status: "none" | "allowed" | "needs_approval" | "approved" | "declined";
                            text: string;
                        };
                        uncovered: {
                            reasons: string[];
                            routeCode: string;
                        }[];
                        version: number;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDispatchRosterExport: {
        parameters: {
            query: {
                date?: string;
                format?: "csv" | "xlsx" | "pdf";
                stationId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postDispatchRosterPublish: {
        parameters: {
            query: {
                date?: string;
                stationId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        dasNotified: number;
                        publishedAt: string;
                        uncovered: number;
                        version: number;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postDispatchRoutes: {
        parameters: {
            query: {
                date: string;
                stationId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    packages?: number | null;
                    plannedMinutes: number;
                    serviceType?: string | null;
                    stagingLocation?: string | null;
                    stops?: number | null;
                    /** @enum {string} */
                    vanType: "edv" | "cdv" | "step_van" | "rental";
                    waveTime: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assignedAt: string | null;
                        assignedBy: string | null;
                        close: {
                            actualEnd: string;
                            actualMinutes: number;
                            actualStart: string;
                            closedAt: string | null;
                            closedBy: string | null;
                            overrunMinutes: number;
                            packagesDelivered: number | null;
                            packagesReturned: number | null;
                            stopsCompleted: number | null;
                        } | null;
                        code: string;
                        driverId: string | null;
                        id: string;
                        packages: number | null;
                        pinned: boolean;
                        plannedMinutes: number;
                        serviceType: string | null;
                        source: string;
                        stagingLocation: string | null;
                        stops: number | null;
                        vanId: string | null;
                        vanType: string;
                        version: number;
                        waveTime: string;
                        why: string[];
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putDispatchRoutesById: {
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
                    code: string;
                    packages?: number | null;
                    plannedMinutes: number;
                    serviceType?: string | null;
                    stagingLocation?: string | null;
                    stops?: number | null;
                    /** @enum {string} */
                    vanType: "edv" | "cdv" | "step_van" | "rental";
                    version: number;
                    waveTime: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assignedAt: string | null;
                        assignedBy: string | null;
                        close: {
                            actualEnd: string;
                            actualMinutes: number;
                            actualStart: string;
                            closedAt: string | null;
                            closedBy: string | null;
                            overrunMinutes: number;
                            packagesDelivered: number | null;
                            packagesReturned: number | null;
                            stopsCompleted: number | null;
                        } | null;
                        code: string;
                        driverId: string | null;
                        id: string;
                        packages: number | null;
                        pinned: boolean;
                        plannedMinutes: number;
                        serviceType: string | null;
                        source: string;
                        stagingLocation: string | null;
                        stops: number | null;
                        vanId: string | null;
                        vanType: string;
                        version: number;
                        waveTime: string;
                        why: string[];
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteDispatchRoutesById: {
        parameters: {
            query: {
                version: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postDispatchRoutesByIdAssign: {
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
                    driverId: string | null;
                    pinned?: boolean;
                    vanId: string | null;
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        version: number;
                        warnings: string[];
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postDispatchRoutesByIdClose: {
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
                    actualEnd: string;
                    actualStart: string;
                    packagesDelivered: number;
                    packagesReturned: number;
                    stopsCompleted: number;
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assignedAt: string | null;
                        assignedBy: string | null;
                        close: {
                            actualEnd: string;
                            actualMinutes: number;
                            actualStart: string;
                            closedAt: string | null;
                            closedBy: string | null;
                            overrunMinutes: number;
                            packagesDelivered: number | null;
                            packagesReturned: number | null;
                            stopsCompleted: number | null;
                        } | null;
                        code: string;
                        driverId: string | null;
                        id: string;
                        packages: number | null;
                        pinned: boolean;
                        plannedMinutes: number;
                        serviceType: string | null;
                        source: string;
                        stagingLocation: string | null;
                        stops: number | null;
                        vanId: string | null;
                        vanType: string;
                        version: number;
                        waveTime: string;
                        why: string[];
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDispatchRoutesByIdReplacements: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        leftOut: {
                            driverIds: string[];
                            names: string[];
                            reason: string;
                        }[];
                        replacements: {
                            checkedIn: boolean;
                            driverId: string;
                            /** @enum {string} */
                            group: "standby" | "scheduled" | "off_today";
                            name: string;
                            overtimeCostCents: number;
                            overtimeMinutes: number;
                            vanTypes: string[];
                            weekMinutes: number;
                            weekMinutesAfter: number;
                        }[];
                        route: {
                            code: string;
                            id: string;
                            plannedMinutes: number;
                            vanType: string;
                            version: number;
                        };
                        van: {
                            fleetNumber: string;
                            id: string;
                        } | null;
                        vanNote: string | null;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postDispatchShiftsByIdCheckIn: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        attendanceEventId: string | null;
                        checkedInAt: string | null;
                        confirmedAt: string | null;
                        date: string;
                        driverId: string;
                        id: string;
                        /** @enum {string} */
                        kind: "route" | "standby" | "training" | "rescue" | "office";
                        minutes: number;
                        note: string | null;
                        publishedAt: string | null;
                        source: string;
                        startTime: string;
                        stationId: string;
                        /** @enum {string} */
                        status: "scheduled" | "called_out" | "no_show";
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDispatchStandby: {
        parameters: {
            query: {
                date?: string;
                stationId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        plan: {
                            coverage: number;
                            coverageWithRecommended: number;
                            date: string;
                            expectedMisses: number;
                            missRate: number;
                            recommendedStandbys: number;
                            routeDas: number;
                            routes: number;
                            standbys: number;
                        };
                        target: number;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteDocumentsById: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postDocumentsByIdApprove: {
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
                    expiry?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        bucket: ("expired" | "within7" | "within14" | "within30" | "later") | null;
                        createdAt: string;
                        driverId: string;
                        expiry: string | null;
                        file: {
                            contentType: string;
                            createdAt: string;
                            fileName: string;
                            id: string;
                            sizeBytes: number;
                            thumbnailUrl: string | null;
                            url: string;
                        } | null;
                        fileId: string | null;
                        id: string;
                        note: string | null;
                        reviewedAt: string | null;
                        reviewedBy: string | null;
                        reviewNote: string | null;
                        /** @enum {string} */
                        status: "pending_review" | "approved" | "rejected";
                        /** @enum {string} */
                        type: "drivers_license" | "dot_medical_card" | "background_check" | "mvr" | "drug_test" | "i9" | "w4" | "handbook" | "training" | "other";
                        uploadedBy: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postDocumentsByIdReject: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        bucket: ("expired" | "within7" | "within14" | "within30" | "later") | null;
                        createdAt: string;
                        driverId: string;
                        expiry: string | null;
                        file: {
                            contentType: string;
                            createdAt: string;
                            fileName: string;
                            id: string;
                            sizeBytes: number;
                            thumbnailUrl: string | null;
                            url: string;
                        } | null;
                        fileId: string | null;
                        id: string;
                        note: string | null;
                        reviewedAt: string | null;
                        reviewedBy: string | null;
                        reviewNote: string | null;
                        /** @enum {string} */
                        status: "pending_review" | "approved" | "rejected";
                        /** @enum {string} */
                        type: "drivers_license" | "dot_medical_card" | "background_check" | "mvr" | "drug_test" | "i9" | "w4" | "handbook" | "training" | "other";
                        uploadedBy: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDocumentsExpiring: {
        parameters: {
            query?: {
                stationId?: string;
                within?: "7" | "14" | "30";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @enum {string} */
                            bucket: "expired" | "within7" | "within14" | "within30" | "later";
                            daysLeft: number;
                            documentId: string | null;
                            driver: {
                                firstName: string;
                                homeStationId: string;
                                id: string;
                                lastName: string;
                                /** @enum {string} */
                                status: "applicant" | "onboarding" | "active" | "inactive" | "terminated";
                            };
                            expiry: string;
                            /** @enum {string} */
                            source: "profile" | "document";
                            /** @enum {string} */
                            type: "drivers_license" | "dot_medical_card" | "background_check" | "mvr" | "drug_test" | "i9" | "w4" | "handbook" | "training" | "other";
                        }[];
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDocumentsPending: {
        parameters: {
            query?: {
                stationId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            bucket: ("expired" | "within7" | "within14" | "within30" | "later") | null;
                            createdAt: string;
                            driver: {
                                firstName: string;
                                homeStationId: string;
                                id: string;
                                lastName: string;
                                /** @enum {string} */
                                status: "applicant" | "onboarding" | "active" | "inactive" | "terminated";
                            };
                            driverId: string;
                            expiry: string | null;
                            file: {
                                contentType: string;
                                createdAt: string;
                                fileName: string;
                                id: string;
                                sizeBytes: number;
                                thumbnailUrl: string | null;
                                url: string;
                            } | null;
                            fileId: string | null;
                            id: string;
                            note: string | null;
                            reviewedAt: string | null;
                            reviewedBy: string | null;
                            reviewNote: string | null;
                            /** @enum {string} */
                            status: "pending_review" | "approved" | "rejected";
                            /** @enum {string} */
                            type: "drivers_license" | "dot_medical_card" | "background_check" | "mvr" | "drug_test" | "i9" | "w4" | "handbook" | "training" | "other";
                            uploadedBy: string;
                        }[];
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDrivers: {
        parameters: {
            query?: {
                cleared?: "true" | "false";
                cursor?: string;
                expiring?: "true" | "false";
                limit?: number;
                q?: string;
                stationId?: string;
                status?: "applicant" | "onboarding" | "active" | "inactive" | "terminated";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            attendance: {
                                flagged: boolean;
                                points: number;
                                windowDays: number;
                            };
                            clearance: {
                                cleared: boolean;
                                reasons: string[];
                                vanTypes: ("edv" | "cdv" | "step_van" | "rental")[];
                            };
                            createdAt: string;
                            dotMedicalExpiry: string | null;
                            email: string | null;
                            employeeId: string | null;
                            firstName: string;
                            hireDate: string | null;
                            homeStationId: string;
                            hourlyRateCents: number | null;
                            id: string;
                            /** @enum {string} */
                            language: "en" | "es";
                            lastName: string;
                            licenseExpiry: string | null;
                            licenseNumber: string | null;
                            licenseState: string | null;
                            phone: string | null;
                            smsConsentAt: string | null;
                            /** @enum {string} */
                            status: "applicant" | "onboarding" | "active" | "inactive" | "terminated";
                            statusReason: string | null;
                            statusSince: string;
                            transporterId: string | null;
                            updatedAt: string;
                            userId: string | null;
                            vanTypes: ("edv" | "cdv" | "step_van" | "rental")[];
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postDrivers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    dotMedicalExpiry?: string | null;
                    email?: string | null;
                    employeeId?: string | null;
                    firstName: string;
                    hireDate?: string | null;
                    homeStationId: string;
                    hourlyRateCents?: number | null;
                    /** @enum {string} */
                    language?: "en" | "es";
                    lastName: string;
                    licenseExpiry?: string | null;
                    licenseNumber?: string | null;
                    licenseState?: string | null;
                    phone?: string | null;
                    smsConsent?: boolean;
                    /** @enum {string} */
                    status?: "applicant" | "onboarding" | "active";
                    transporterId?: string | null;
                    vanTypes?: ("edv" | "cdv" | "step_van" | "rental")[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        clearance: {
                            cleared: boolean;
                            reasons: string[];
                            vanTypes: ("edv" | "cdv" | "step_van" | "rental")[];
                        };
                        createdAt: string;
                        dotMedicalExpiry: string | null;
                        email: string | null;
                        employeeId: string | null;
                        firstName: string;
                        hireDate: string | null;
                        homeStationId: string;
                        hourlyRateCents: number | null;
                        id: string;
                        /** @enum {string} */
                        language: "en" | "es";
                        lastName: string;
                        licenseExpiry: string | null;
                        licenseNumber: string | null;
                        licenseState: string | null;
                        phone: string | null;
                        smsConsentAt: string | null;
                        /** @enum {string} */
                        status: "applicant" | "onboarding" | "active" | "inactive" | "terminated";
                        statusReason: string | null;
                        statusSince: string;
                        transporterId: string | null;
                        updatedAt: string;
                        userId: string | null;
                        vanTypes: ("edv" | "cdv" | "step_van" | "rental")[];
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDriversById: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        attendance: {
                            flagged: boolean;
                            points: number;
                            windowDays: number;
                        };
                        clearance: {
                            cleared: boolean;
                            reasons: string[];
                            vanTypes: ("edv" | "cdv" | "step_van" | "rental")[];
                        };
                        createdAt: string;
                        dotMedicalExpiry: string | null;
                        email: string | null;
                        employeeId: string | null;
                        firstName: string;
                        hireDate: string | null;
                        homeStationId: string;
                        hourlyRateCents: number | null;
                        id: string;
                        /** @enum {string} */
                        language: "en" | "es";
                        lastName: string;
                        licenseExpiry: string | null;
                        licenseNumber: string | null;
                        licenseState: string | null;
                        phone: string | null;
                        smsConsentAt: string | null;
                        /** @enum {string} */
                        status: "applicant" | "onboarding" | "active" | "inactive" | "terminated";
                        statusHistory: {
                            at: string;
                            changedBy: string;
                            effectiveDate: string;
                            reason: string | null;
                            /** @enum {string} */
                            status: "applicant" | "onboarding" | "active" | "inactive" | "terminated";
                        }[];
                        statusReason: string | null;
                        statusSince: string;
                        transporterId: string | null;
                        updatedAt: string;
                        userId: string | null;
                        vanTypes: ("edv" | "cdv" | "step_van" | "rental")[];
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchDriversById: {
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
                    dotMedicalExpiry?: string | null;
                    email?: string | null;
                    employeeId?: string | null;
                    firstName?: string;
                    hireDate?: string | null;
                    homeStationId?: string;
                    hourlyRateCents?: number | null;
                    /** @enum {string} */
                    language?: "en" | "es";
                    lastName?: string;
                    licenseExpiry?: string | null;
                    licenseNumber?: string | null;
                    licenseState?: string | null;
                    phone?: string | null;
                    smsConsent?: boolean;
                    transporterId?: string | null;
                    vanTypes?: ("edv" | "cdv" | "step_van" | "rental")[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        clearance: {
                            cleared: boolean;
                            reasons: string[];
                            vanTypes: ("edv" | "cdv" | "step_van" | "rental")[];
                        };
                        createdAt: string;
                        dotMedicalExpiry: string | null;
                        email: string | null;
                        employeeId: string | null;
                        firstName: string;
                        hireDate: string | null;
                        homeStationId: string;
                        hourlyRateCents: number | null;
                        id: string;
                        /** @enum {string} */
                        language: "en" | "es";
                        lastName: string;
                        licenseExpiry: string | null;
                        licenseNumber: string | null;
                        licenseState: string | null;
                        phone: string | null;
                        smsConsentAt: string | null;
                        /** @enum {string} */
                        status: "applicant" | "onboarding" | "active" | "inactive" | "terminated";
                        statusReason: string | null;
                        statusSince: string;
                        transporterId: string | null;
                        updatedAt: string;
                        userId: string | null;
                        vanTypes: ("edv" | "cdv" | "step_van" | "rental")[];
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDriversByIdAttendance: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            date: string;
                            driverId: string;
                            excused: boolean;
                            excusedAt: string | null;
                            excusedBy: string | null;
                            excuseNote: string | null;
                            id: string;
                            /** @enum {string} */
                            kind: "callout" | "ncns" | "late" | "left_early" | "sent_home";
                            lateMinutes: number | null;
                            noticeHours: number | null;
                            points: number;
                            reason: string | null;
                            recordedAt: string;
                            recordedBy: string;
                            removed: {
                                at: string;
                                by: string | null;
                                reason: string | null;
                            } | null;
                        }[];
                        summary: {
                            flagged: boolean;
                            flagPoints: number;
                            last30: {
                                counts: {
                                    callout: number;
                                    late: number;
                                    left_early: number;
                                    ncns: number;
                                    sent_home: number;
                                };
                                days: number;
                                points: number;
                            };
                            last90: {
                                counts: {
                                    callout: number;
                                    late: number;
                                    left_early: number;
                                    ncns: number;
                                    sent_home: number;
                                };
                                days: number;
                                points: number;
                            };
                            policyWindow: {
                                counts: {
                                    callout: number;
                                    late: number;
                                    left_early: number;
                                    ncns: number;
                                    sent_home: number;
                                };
                                days: number;
                                points: number;
                            };
                        };
                        today: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postDriversByIdAttendance: {
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
                    date: string;
                    excused?: boolean;
                    /** @enum {string} */
                    kind: "callout" | "ncns" | "late" | "left_early" | "sent_home";
                    lateMinutes?: number | null;
                    noticeHours?: number | null;
                    reason?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        date: string;
                        driverId: string;
                        excused: boolean;
                        excusedAt: string | null;
                        excusedBy: string | null;
                        excuseNote: string | null;
                        id: string;
                        /** @enum {string} */
                        kind: "callout" | "ncns" | "late" | "left_early" | "sent_home";
                        lateMinutes: number | null;
                        noticeHours: number | null;
                        points: number;
                        reason: string | null;
                        recordedAt: string;
                        recordedBy: string;
                        removed: {
                            at: string;
                            by: string | null;
                            reason: string | null;
                        } | null;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDriversByIdAvailability: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        exceptions: {
                            available: boolean;
                            date: string;
                            id: string;
                            note: string | null;
                        }[];
                        note: string | null;
                        pattern: {
                            preferredWeekdays: boolean[];
                            wantsDays: number;
                            weekdays: boolean[];
                        };
                        timeOff: {
                            decidedAt: string | null;
                            decidedBy: string | null;
                            decisionNote: string | null;
                            driverId: string;
                            firstDate: string;
                            id: string;
                            lastDate: string;
                            reason: string | null;
                            requestedAt: string;
                            requestedBy: string;
                            /** @enum {string} */
                            status: "pending" | "approved" | "denied" | "cancelled";
                        }[];
                        today: string;
                        updatedBy: string | null;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putDriversByIdAvailability: {
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
                    note?: string | null;
                    preferredWeekdays: boolean[];
                    wantsDays: number;
                    weekdays: boolean[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        preferredWeekdays: boolean[];
                        wantsDays: number;
                        weekdays: boolean[];
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putDriversByIdAvailabilityExceptions: {
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
                    available: boolean;
                    date: string;
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        available: boolean;
                        date: string;
                        id: string;
                        note: string | null;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteDriversByIdAvailabilityExceptionsByExceptionId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                exceptionId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDriversByIdDocuments: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            bucket: ("expired" | "within7" | "within14" | "within30" | "later") | null;
                            createdAt: string;
                            driverId: string;
                            expiry: string | null;
                            file: {
                                contentType: string;
                                createdAt: string;
                                fileName: string;
                                id: string;
                                sizeBytes: number;
                                thumbnailUrl: string | null;
                                url: string;
                            } | null;
                            fileId: string | null;
                            id: string;
                            note: string | null;
                            reviewedAt: string | null;
                            reviewedBy: string | null;
                            reviewNote: string | null;
                            /** @enum {string} */
                            status: "pending_review" | "approved" | "rejected";
                            /** @enum {string} */
                            type: "drivers_license" | "dot_medical_card" | "background_check" | "mvr" | "drug_test" | "i9" | "w4" | "handbook" | "training" | "other";
                            uploadedBy: string;
                        }[];
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postDriversByIdDocuments: {
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
                    expiry?: string | null;
                    fileId?: string | null;
                    note?: string | null;
                    /** @enum {string} */
                    type: "drivers_license" | "dot_medical_card" | "background_check" | "mvr" | "drug_test" | "i9" | "w4" | "handbook" | "training" | "other";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        bucket: ("expired" | "within7" | "within14" | "within30" | "later") | null;
                        createdAt: string;
                        driverId: string;
                        expiry: string | null;
                        file: {
                            contentType: string;
                            createdAt: string;
                            fileName: string;
                            id: string;
                            sizeBytes: number;
                            thumbnailUrl: string | null;
                            url: string;
                        } | null;
                        fileId: string | null;
                        id: string;
                        note: string | null;
                        reviewedAt: string | null;
                        reviewedBy: string | null;
                        reviewNote: string | null;
                        /** @enum {string} */
                        status: "pending_review" | "approved" | "rejected";
                        /** @enum {string} */
                        type: "drivers_license" | "dot_medical_card" | "background_check" | "mvr" | "drug_test" | "i9" | "w4" | "handbook" | "training" | "other";
                        uploadedBy: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDriversByIdMessages: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            attempts: number;
                            body: string;
                            /** @enum {string} */
                            channel: "in_app" | "sms";
                            createdAt: string;
                            deliveredAt: string | null;
                            driverId: string;
                            id: string;
                            lastError: string | null;
                            link: string | null;
                            nextAttemptAt: string | null;
                            provider: string | null;
                            readAt: string | null;
                            sentAt: string | null;
                            /** @enum {string} */
                            status: "queued" | "sent" | "delivered" | "failed" | "blocked";
                            toPhone: string | null;
                            topic: string;
                        }[];
                        nextCursor: string | null;
                        texts: {
                            consentAt: string | null;
                            inAppOnlyReason: string | null;
                            optedOutAt: string | null;
                            phone: string | null;
                        };
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDriversByIdNotes: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            author: string;
                            body: string;
                            createdAt: string;
                            id: string;
                        }[];
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postDriversByIdNotes: {
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
                    body: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        author: string;
                        body: string;
                        createdAt: string;
                        id: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDriversByIdOnboarding: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            documentId: string | null;
                            expiry: string | null;
                            note: string | null;
                            /** @enum {string} */
                            status: "todo" | "done" | "waived" | "failed";
                            step: {
                                active: boolean;
                                /** @enum {string} */
                                appliesTo: "all" | "step_van";
                                documentType: ("drivers_license" | "dot_medical_card" | "background_check" | "mvr" | "drug_test" | "i9" | "w4" | "handbook" | "training" | "other") | null;
                                id: string;
                                key: string;
                                label: string;
                                position: number;
                            };
                            updatedAt: string | null;
                            updatedBy: string | null;
                        }[];
                        progress: {
                            complete: number;
                            failed: number;
                            ready: boolean;
                            total: number;
                        };
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putDriversByIdOnboardingByStepId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                stepId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    documentId?: string | null;
                    expiry?: string | null;
                    note?: string | null;
                    /** @enum {string} */
                    status: "todo" | "done" | "waived" | "failed";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            documentId: string | null;
                            expiry: string | null;
                            note: string | null;
                            /** @enum {string} */
                            status: "todo" | "done" | "waived" | "failed";
                            step: {
                                active: boolean;
                                /** @enum {string} */
                                appliesTo: "all" | "step_van";
                                documentType: ("drivers_license" | "dot_medical_card" | "background_check" | "mvr" | "drug_test" | "i9" | "w4" | "handbook" | "training" | "other") | null;
                                id: string;
                                key: string;
                                label: string;
                                position: number;
                            };
                            updatedAt: string | null;
                            updatedBy: string | null;
                        }[];
                        progress: {
                            complete: number;
                            failed: number;
                            ready: boolean;
                            total: number;
                        };
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDriversByIdRatings: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        current: {
                            comment: string | null;
                            createdAt: string;
                            id: string;
                            ratedBy: string;
                            rating: number;
                        } | null;
                        history: {
                            comment: string | null;
                            createdAt: string;
                            id: string;
                            ratedBy: string;
                            rating: number;
                        }[];
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postDriversByIdRatings: {
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
                    comment?: string | null;
                    rating: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        comment: string | null;
                        createdAt: string;
                        id: string;
                        ratedBy: string;
                        rating: number;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postDriversByIdStatus: {
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
                    checksOnFile?: boolean;
                    effectiveDate?: string;
                    reason?: string | null;
                    /** @enum {string} */
                    status: "applicant" | "onboarding" | "active" | "inactive" | "terminated";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        clearance: {
                            cleared: boolean;
                            reasons: string[];
                            vanTypes: ("edv" | "cdv" | "step_van" | "rental")[];
                        };
                        createdAt: string;
                        dotMedicalExpiry: string | null;
                        email: string | null;
                        employeeId: string | null;
                        firstName: string;
                        hireDate: string | null;
                        homeStationId: string;
                        hourlyRateCents: number | null;
                        id: string;
                        /** @enum {string} */
                        language: "en" | "es";
                        lastName: string;
                        licenseExpiry: string | null;
                        licenseNumber: string | null;
                        licenseState: string | null;
                        phone: string | null;
                        smsConsentAt: string | null;
                        /** @enum {string} */
                        status: "applicant" | "onboarding" | "active" | "inactive" | "terminated";
                        statusReason: string | null;
                        statusSince: string;
                        transporterId: string | null;
                        updatedAt: string;
                        userId: string | null;
                        vanTypes: ("edv" | "cdv" | "step_van" | "rental")[];
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postDriversByIdTimeOff: {
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
                    firstDate: string;
                    lastDate: string;
                    reason?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        decidedAt: string | null;
                        decidedBy: string | null;
                        decisionNote: string | null;
                        driverId: string;
                        firstDate: string;
                        id: string;
                        lastDate: string;
                        reason: string | null;
                        requestedAt: string;
                        requestedBy: string;
                        /** @enum {string} */
                        status: "pending" | "approved" | "denied" | "cancelled";
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDriversExport: {
        parameters: {
            query?: {
                format?: "csv" | "xlsx";
                q?: string;
                stationId?: string;
                status?: "applicant" | "onboarding" | "active" | "inactive" | "terminated";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postFiles: {
        parameters: {
            query: {
                driverId?: string;
                purpose: "document" | "photo" | "video";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        contentType: string;
                        createdAt: string;
                        fileName: string;
                        id: string;
                        sizeBytes: number;
                        thumbnailUrl: string | null;
                        url: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFilesById: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFilesByIdThumbnail: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFleetSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        groundOnOverdueCritical: boolean;
                    };
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putFleetSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    groundOnOverdueCritical: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        groundOnOverdueCritical: boolean;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        database: "ok" | "down";
                        /** @enum {string} */
                        status: "ok" | "unavailable";
                        version: string;
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        database: "ok" | "down";
                        /** @enum {string} */
                        status: "ok" | "unavailable";
                        version: string;
                    };
                };
            };
        };
    };
    getImports: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            businessDate: string | null;
                            created: number;
                            createdAt: string;
                            createdBy: {
                                id: string;
                                name: string;
                            } | null;
                            dryRun: boolean;
                            errorCount: number;
                            failure: string | null;
                            fileName: string;
                            finishedAt: string | null;
                            id: string;
                            kind: string;
                            processed: number;
                            rows: number;
                            stationId: string | null;
                            /** @enum {string} */
                            status: "running" | "committed" | "rejected" | "preview" | "undone" | "failed";
                            unchanged: number;
                            undoneAt: string | null;
                            updated: number;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postImports: {
        parameters: {
            query: {
                kind: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        created: number;
                        errorCount: number;
                        errors: {
                            column: string;
                            message: string;
                            row: number;
                        }[];
                        headers: string[];
                        id: string;
                        mapping: {
                            [key: string]: string | null;
                        };
                        rows: number;
                        /** @enum {string} */
                        status: "committed" | "rejected" | "preview";
                        unchanged: number;
                        unmatched?: {
                            /** @enum {string} */
                            field: "Transporter ID";
                            idCount: number;
                            ids: string[];
                            link: string;
                            message: string;
                            rows: number;
                        } | null;
                        updated: number;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getImportsById: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        businessDate: string | null;
                        created: number;
                        createdAt: string;
                        createdBy: {
                            id: string;
                            name: string;
                        } | null;
                        dryRun: boolean;
                        errorCount: number;
                        errors: {
                            column: string;
                            message: string;
                            row: number;
                        }[];
                        failure: string | null;
                        fileName: string;
                        finishedAt: string | null;
                        id: string;
                        kind: string;
                        processed: number;
                        rows: number;
                        stationId: string | null;
                        /** @enum {string} */
                        status: "running" | "committed" | "rejected" | "preview" | "undone" | "failed";
                        unchanged: number;
                        undoneAt: string | null;
                        updated: number;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postImportsByIdUndo: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        businessDate: string | null;
                        created: number;
                        createdAt: string;
                        createdBy: {
                            id: string;
                            name: string;
                        } | null;
                        dryRun: boolean;
                        errorCount: number;
                        failure: string | null;
                        fileName: string;
                        finishedAt: string | null;
                        id: string;
                        kind: string;
                        processed: number;
                        rows: number;
                        stationId: string | null;
                        /** @enum {string} */
                        status: "running" | "committed" | "rejected" | "preview" | "undone" | "failed";
                        unchanged: number;
                        undoneAt: string | null;
                        updated: number;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getImportsKinds: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            fields: {
                                description?: string;
                                label: string;
                                name: string;
                                required: boolean;
                            }[];
                            kind: string;
                            label: string;
                            needsDate: boolean;
                            needsStation: boolean;
                            permission: string;
                        }[];
                    };
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getImportsKindsByKindMapping: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                kind: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        mapping: {
                            [key: string]: string | null;
                        };
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putImportsKindsByKindMapping: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                kind: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    mapping: {
                        [key: string]: string | null;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        mapping: {
                            [key: string]: string | null;
                        };
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getInspectionTemplates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            items: {
                                critical: boolean;
                                key: string;
                                label: string;
                            }[];
                            saved: boolean;
                            /** @enum {string} */
                            vanType: "edv" | "cdv" | "step_van" | "rental";
                        }[];
                    };
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putInspectionTemplatesByVanType: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                vanType: "edv" | "cdv" | "step_van" | "rental";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    items: {
                        critical: boolean;
                        key: string;
                        label: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            critical: boolean;
                            key: string;
                            label: string;
                        }[];
                        saved: boolean;
                        /** @enum {string} */
                        vanType: "edv" | "cdv" | "step_van" | "rental";
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getInspections: {
        parameters: {
            query?: {
                cursor?: string;
                date?: string;
                kind?: "pre_trip" | "post_trip";
                limit?: number;
                passed?: "true" | "false";
                rushed?: "true" | "false";
                stationId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            businessDate: string;
                            damagePanels: ("front_bumper" | "hood" | "windshield" | "roof" | "driver_side_front" | "driver_side_rear" | "passenger_side_front" | "passenger_side_rear" | "rear_doors" | "rear_bumper")[];
                            driverId: string | null;
                            durationSeconds: number;
                            failedItems: string[];
                            fleetNumber: string;
                            grounded: boolean;
                            id: string;
                            inspectorName: string;
                            /** @enum {string} */
                            kind: "pre_trip" | "post_trip";
                            passed: boolean;
                            rushed: boolean;
                            startedAt: string;
                            stationId: string;
                            vanId: string;
                            /** @enum {string} */
                            vanType: "edv" | "cdv" | "step_van" | "rental";
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postInspections: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    bodyPhotos: {
                        driver_side: string;
                        front: string;
                        passenger_side: string;
                        rear: string;
                    };
                    /** @default [] */
                    damageMarks?: {
                        /** @default null */
                        note?: string | null;
                        /** @enum {string} */
                        panel: "front_bumper" | "hood" | "windshield" | "roof" | "driver_side_front" | "driver_side_rear" | "passenger_side_front" | "passenger_side_rear" | "rear_doors" | "rear_bumper";
                        /** @default [] */
                        photoIds?: string[];
                    }[];
                    fuelPercent: number;
                    /** Format: uuid */
                    id: string;
                    items: {
                        key: string;
                        /** @default null */
                        note?: string | null;
                        /** @default [] */
                        photoIds?: string[];
                        /** @enum {string} */
                        result: "pass" | "fail" | "na";
                    }[];
                    /** @enum {string} */
                    kind: "pre_trip" | "post_trip";
                    odometerMiles: number;
                    odometerPhotoId: string;
                    /** Format: date-time */
                    startedAt: string;
                    /** Format: date-time */
                    submittedAt: string;
                    vanId: string;
                    videoId?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        bodyPhotos: {
                            driver_side: {
                                contentType: string;
                                createdAt: string;
                                fileName: string;
                                id: string;
                                sizeBytes: number;
                                thumbnailUrl: string | null;
                                url: string;
                            } | null;
                            front: {
                                contentType: string;
                                createdAt: string;
                                fileName: string;
                                id: string;
                                sizeBytes: number;
                                thumbnailUrl: string | null;
                                url: string;
                            } | null;
                            passenger_side: {
                                contentType: string;
                                createdAt: string;
                                fileName: string;
                                id: string;
                                sizeBytes: number;
                                thumbnailUrl: string | null;
                                url: string;
                            } | null;
                            rear: {
                                contentType: string;
                                createdAt: string;
                                fileName: string;
                                id: string;
                                sizeBytes: number;
                                thumbnailUrl: string | null;
                                url: string;
                            } | null;
                        };
                        businessDate: string;
                        damageMarks: {
                            note: string | null;
                            /** @enum {string} */
                            panel: "front_bumper" | "hood" | "windshield" | "roof" | "driver_side_front" | "driver_side_rear" | "passenger_side_front" | "passenger_side_rear" | "rear_doors" | "rear_bumper";
                            photos: {
                                contentType: string;
                                createdAt: string;
                                fileName: string;
                                id: string;
                                sizeBytes: number;
                                thumbnailUrl: string | null;
                                url: string;
                            }[];
                        }[];
                        damagePanels: ("front_bumper" | "hood" | "windshield" | "roof" | "driver_side_front" | "driver_side_rear" | "passenger_side_front" | "passenger_side_rear" | "rear_doors" | "rear_bumper")[];
                        driverId: string | null;
                        durationSeconds: number;
                        failedItems: string[];
                        fleetNumber: string;
                        fuelPercent: number;
                        grounded: boolean;
                        id: string;
                        inspectorName: string;
                        items: {
                            critical: boolean;
                            key: string;
                            label: string;
                            note: string | null;
                            photos: {
                                contentType: string;
                                createdAt: string;
                                fileName: string;
                                id: string;
                                sizeBytes: number;
                                thumbnailUrl: string | null;
                                url: string;
                            }[];
                            /** @enum {string} */
                            result: "pass" | "fail" | "na";
                        }[];
                        /** @enum {string} */
                        kind: "pre_trip" | "post_trip";
                        newDamage: {
                            attribution: string | null;
                            id: string;
                            panels: ("front_bumper" | "hood" | "windshield" | "roof" | "driver_side_front" | "driver_side_rear" | "passenger_side_front" | "passenger_side_rear" | "rear_doors" | "rear_bumper")[];
                        }[];
                        odometerMiles: number;
                        odometerPhoto: {
                            contentType: string;
                            createdAt: string;
                            fileName: string;
                            id: string;
                            sizeBytes: number;
                            thumbnailUrl: string | null;
                            url: string;
                        } | null;
                        passed: boolean;
                        receivedAt: string;
                        rushed: boolean;
                        rushedUnderSeconds: number;
                        startedAt: string;
                        stationId: string;
                        submittedAt: string;
                        vanId: string;
                        /** @enum {string} */
                        vanType: "edv" | "cdv" | "step_van" | "rental";
                        video: {
                            contentType: string;
                            createdAt: string;
                            fileName: string;
                            id: string;
                            sizeBytes: number;
                            thumbnailUrl: string | null;
                            url: string;
                        } | null;
                    };
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        bodyPhotos: {
                            driver_side: {
                                contentType: string;
                                createdAt: string;
                                fileName: string;
                                id: string;
                                sizeBytes: number;
                                thumbnailUrl: string | null;
                                url: string;
                            } | null;
                            front: {
                                contentType: string;
                                createdAt: string;
                                fileName: string;
                                id: string;
                                sizeBytes: number;
                                thumbnailUrl: string | null;
                                url: string;
                            } | null;
                            passenger_side: {
                                contentType: string;
                                createdAt: string;
                                fileName: string;
                                id: string;
                                sizeBytes: number;
                                thumbnailUrl: string | null;
                                url: string;
                            } | null;
                            rear: {
                                contentType: string;
                                createdAt: string;
                                fileName: string;
                                id: string;
                                sizeBytes: number;
                                thumbnailUrl: string | null;
                                url: string;
                            } | null;
                        };
                        businessDate: string;
                        damageMarks: {
                            note: string | null;
                            /** @enum {string} */
                            panel: "front_bumper" | "hood" | "windshield" | "roof" | "driver_side_front" | "driver_side_rear" | "passenger_side_front" | "passenger_side_rear" | "rear_doors" | "rear_bumper";
                            photos: {
                                contentType: string;
                                createdAt: string;
                                fileName: string;
                                id: string;
                                sizeBytes: number;
                                thumbnailUrl: string | null;
                                url: string;
                            }[];
                        }[];
                        damagePanels: ("front_bumper" | "hood" | "windshield" | "roof" | "driver_side_front" | "driver_side_rear" | "passenger_side_front" | "passenger_side_rear" | "rear_doors" | "rear_bumper")[];
                        driverId: string | null;
                        durationSeconds: number;
                        failedItems: string[];
                        fleetNumber: string;
                        fuelPercent: number;
                        grounded: boolean;
                        id: string;
                        inspectorName: string;
                        items: {
                            critical: boolean;
                            key: string;
                            label: string;
                            note: string | null;
                            photos: {
                                contentType: string;
                                createdAt: string;
                                fileName: string;
                                id: string;
                                sizeBytes: number;
                                thumbnailUrl: string | null;
                                url: string;
                            }[];
                            /** @enum {string} */
                            result: "pass" | "fail" | "na";
                        }[];
                        /** @enum {string} */
                        kind: "pre_trip" | "post_trip";
                        newDamage: {
                            attribution: string | null;
                            id: string;
                            panels: ("front_bumper" | "hood" | "windshield" | "roof" | "driver_side_front" | "driver_side_rear" | "passenger_side_front" | "passenger_side_rear" | "rear_doors" | "rear_bumper")[];
                        }[];
                        odometerMiles: number;
                        odometerPhoto: {
                            contentType: string;
                            createdAt: string;
                            fileName: string;
                            id: string;
                            sizeBytes: number;
                            thumbnailUrl: string | null;
                            url: string;
                        } | null;
                        passed: boolean;
                        receivedAt: string;
                        rushed: boolean;
                        rushedUnderSeconds: number;
                        startedAt: string;
                        stationId: string;
                        submittedAt: string;
                        vanId: string;
                        /** @enum {string} */
                        vanType: "edv" | "cdv" | "step_van" | "rental";
                        video: {
                            contentType: string;
                            createdAt: string;
                            fileName: string;
                            id: string;
                            sizeBytes: number;
                            thumbnailUrl: string | null;
                            url: string;
                        } | null;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getInspectionsById: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        bodyPhotos: {
                            driver_side: {
                                contentType: string;
                                createdAt: string;
                                fileName: string;
                                id: string;
                                sizeBytes: number;
                                thumbnailUrl: string | null;
                                url: string;
                            } | null;
                            front: {
                                contentType: string;
                                createdAt: string;
                                fileName: string;
                                id: string;
                                sizeBytes: number;
                                thumbnailUrl: string | null;
                                url: string;
                            } | null;
                            passenger_side: {
                                contentType: string;
                                createdAt: string;
                                fileName: string;
                                id: string;
                                sizeBytes: number;
                                thumbnailUrl: string | null;
                                url: string;
                            } | null;
                            rear: {
                                contentType: string;
                                createdAt: string;
                                fileName: string;
                                id: string;
                                sizeBytes: number;
                                thumbnailUrl: string | null;
                                url: string;
                            } | null;
                        };
                        businessDate: string;
                        damageMarks: {
                            note: string | null;
                            /** @enum {string} */
                            panel: "front_bumper" | "hood" | "windshield" | "roof" | "driver_side_front" | "driver_side_rear" | "passenger_side_front" | "passenger_side_rear" | "rear_doors" | "rear_bumper";
                            photos: {
                                contentType: string;
                                createdAt: string;
                                fileName: string;
                                id: string;
                                sizeBytes: number;
                                thumbnailUrl: string | null;
                                url: string;
                            }[];
                        }[];
                        damagePanels: ("front_bumper" | "hood" | "windshield" | "roof" | "driver_side_front" | "driver_side_rear" | "passenger_side_front" | "passenger_side_rear" | "rear_doors" | "rear_bumper")[];
                        driverId: string | null;
                        durationSeconds: number;
                        failedItems: string[];
                        fleetNumber: string;
                        fuelPercent: number;
                        grounded: boolean;
                        id: string;
                        inspectorName: string;
                        items: {
                            critical: boolean;
                            key: string;
                            label: string;
                            note: string | null;
                            photos: {
                                contentType: string;
                                createdAt: string;
                                fileName: string;
                                id: string;
                                sizeBytes: number;
                                thumbnailUrl: string | null;
                                url: string;
                            }[];
                            /** @enum {string} */
                            result: "pass" | "fail" | "na";
                        }[];
                        /** @enum {string} */
                        kind: "pre_trip" | "post_trip";
                        newDamage: {
                            attribution: string | null;
                            id: string;
                            panels: ("front_bumper" | "hood" | "windshield" | "roof" | "driver_side_front" | "driver_side_rear" | "passenger_side_front" | "passenger_side_rear" | "rear_doors" | "rear_bumper")[];
                        }[];
                        odometerMiles: number;
                        odometerPhoto: {
                            contentType: string;
                            createdAt: string;
                            fileName: string;
                            id: string;
                            sizeBytes: number;
                            thumbnailUrl: string | null;
                            url: string;
                        } | null;
                        passed: boolean;
                        receivedAt: string;
                        rushed: boolean;
                        rushedUnderSeconds: number;
                        startedAt: string;
                        stationId: string;
                        submittedAt: string;
                        vanId: string;
                        /** @enum {string} */
                        vanType: "edv" | "cdv" | "step_van" | "rental";
                        video: {
                            contentType: string;
                            createdAt: string;
                            fileName: string;
                            id: string;
                            sizeBytes: number;
                            thumbnailUrl: string | null;
                            url: string;
                        } | null;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getInspectionsToday: {
        parameters: {
            query?: {
                stationId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            date: string;
                            fleetNumber: string;
                            id: string;
                            lastPreTripToday: {
                                inspectorName: string;
                                startedAt: string;
                            } | null;
                            make: string | null;
                            model: string | null;
                            odometerMiles: number | null;
                            plate: string | null;
                            /** @enum {string} */
                            preTripToday: "passed" | "failed" | "missing";
                            stationId: string;
                            status: string;
                            /** @enum {string} */
                            vanType: "edv" | "cdv" | "step_van" | "rental";
                        }[];
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getInvitations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            createdAt: string;
                            email: string;
                            expiresAt: string;
                            id: string;
                            name: string;
                            /** @enum {string} */
                            role: "owner" | "manager" | "dispatcher" | "driver";
                            stationIds: string[] | null;
                        }[];
                    };
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteInvitationsById: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMaintenanceDue: {
        parameters: {
            query?: {
                stationId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            item: {
                                critical: boolean;
                                daysLeft: number | null;
                                dueAtMiles: number | null;
                                dueDate: string | null;
                                everyDays: number | null;
                                everyMiles: number | null;
                                lastService: {
                                    date: string;
                                    odometerMiles: number;
                                } | null;
                                milesLeft: number | null;
                                name: string;
                                scheduleId: string;
                                /** @enum {string} */
                                state: "ok" | "due_soon" | "overdue";
                            };
                            van: {
                                fleetNumber: string;
                                id: string;
                                odometerMiles: number | null;
                                stationId: string;
                                /** @enum {string} */
                                status: "active" | "grounded" | "in_shop" | "returned";
                                /** @enum {string} */
                                vanType: "edv" | "cdv" | "step_van" | "rental";
                            };
                        }[];
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMaintenanceSchedules: {
        parameters: {
            query?: {
                retired?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            createdAt: string;
                            critical: boolean;
                            everyDays: number | null;
                            everyMiles: number | null;
                            id: string;
                            name: string;
                            retiredAt: string | null;
                            updatedAt: string;
                            vanTypes: ("edv" | "cdv" | "step_van" | "rental")[];
                        }[];
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postMaintenanceSchedules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    critical: boolean;
                    everyDays: number | null;
                    everyMiles: number | null;
                    name: string;
                    vanTypes: ("edv" | "cdv" | "step_van" | "rental")[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        critical: boolean;
                        everyDays: number | null;
                        everyMiles: number | null;
                        id: string;
                        name: string;
                        retiredAt: string | null;
                        updatedAt: string;
                        vanTypes: ("edv" | "cdv" | "step_van" | "rental")[];
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteMaintenanceSchedulesById: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        outcome: "deleted" | "retired";
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchMaintenanceSchedulesById: {
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
                    critical?: boolean;
                    everyDays?: number | null;
                    everyMiles?: number | null;
                    name?: string;
                    retired?: boolean;
                    vanTypes?: ("edv" | "cdv" | "step_van" | "rental")[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        critical: boolean;
                        everyDays: number | null;
                        everyMiles: number | null;
                        id: string;
                        name: string;
                        retiredAt: string | null;
                        updatedAt: string;
                        vanTypes: ("edv" | "cdv" | "step_van" | "rental")[];
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        csrfToken: string;
                        invitations: {
                            expiresAt: string;
                            id: string;
                            orgName: string;
                            /** @enum {string} */
                            role: "owner" | "manager" | "dispatcher" | "driver";
                        }[];
                        mfaSetupRequired: boolean;
                        org: {
                            id: string;
                            name: string;
                            requireMfa: boolean;
                            slug: string;
                        } | null;
                        orgs: {
                            id: string;
                            name: string;
                            /** @enum {string} */
                            role: "owner" | "manager" | "dispatcher" | "driver";
                            slug: string;
                        }[];
                        permissions: ("org.settings" | "stations.read" | "stations.write" | "users.read" | "users.write" | "tokens.manage" | "audit.read" | "imports.run" | "people.read" | "people.write" | "attendance.write" | "fleet.read" | "fleet.write" | "damage.write" | "schedule.read" | "schedule.write" | "schedule.rules" | "timeoff.decide" | "dispatch.read" | "dispatch.write" | "messages.read" | "messages.manage" | "performance.read" | "performance.write" | "coaching.read" | "coaching.write")[];
                        role: ("owner" | "manager" | "dispatcher" | "driver") | null;
                        stations: {
                            code: string;
                            id: string;
                            name: string;
                            state: string;
                            timeZone: string;
                        }[];
                        user: {
                            email: string;
                            id: string;
                            mustChangePassword: boolean;
                            name: string;
                            totpEnabled: boolean;
                        };
                    };
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMeAttendance: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            date: string;
                            driverId: string;
                            excused: boolean;
                            excusedAt: string | null;
                            excusedBy: string | null;
                            excuseNote: string | null;
                            id: string;
                            /** @enum {string} */
                            kind: "callout" | "ncns" | "late" | "left_early" | "sent_home";
                            lateMinutes: number | null;
                            noticeHours: number | null;
                            points: number;
                            reason: string | null;
                            recordedAt: string;
                            recordedBy: string;
                            removed: {
                                at: string;
                                by: string | null;
                                reason: string | null;
                            } | null;
                        }[];
                        policy: {
                            calloutPoints: number;
                            calloutShortNoticePoints: number;
                            flagPoints: number;
                            lateGraceMinutes: number;
                            latePoints: number;
                            leftEarlyPoints: number;
                            ncnsPoints: number;
                            sentHomePoints: number;
                            shortNoticeHours: number;
                            windowDays: number;
                        };
                        summary: {
                            flagged: boolean;
                            flagPoints: number;
                            last30: {
                                counts: {
                                    callout: number;
                                    late: number;
                                    left_early: number;
                                    ncns: number;
                                    sent_home: number;
                                };
                                days: number;
                                points: number;
                            };
                            last90: {
                                counts: {
                                    callout: number;
                                    late: number;
                                    left_early: number;
                                    ncns: number;
                                    sent_home: number;
                                };
                                days: number;
                                points: number;
                            };
                            policyWindow: {
                                counts: {
                                    callout: number;
                                    late: number;
                                    left_early: number;
                                    ncns: number;
                                    sent_home: number;
                                };
                                days: number;
                                points: number;
                            };
                        };
                        today: string;
                    };
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMeAvailability: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        exceptions: {
                            available: boolean;
                            date: string;
                            id: string;
                            note: string | null;
                        }[];
                        note: string | null;
                        pattern: {
                            preferredWeekdays: boolean[];
                            wantsDays: number;
                            weekdays: boolean[];
                        };
                        timeOff: {
                            decidedAt: string | null;
                            decidedBy: string | null;
                            decisionNote: string | null;
                            driverId: string;
                            firstDate: string;
                            id: string;
                            lastDate: string;
                            reason: string | null;
                            requestedAt: string;
                            requestedBy: string;
                            /** @enum {string} */
                            status: "pending" | "approved" | "denied" | "cancelled";
                        }[];
                        today: string;
                        updatedBy: string | null;
                    };
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putMeAvailability: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string | null;
                    preferredWeekdays: boolean[];
                    wantsDays: number;
                    weekdays: boolean[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        preferredWeekdays: boolean[];
                        wantsDays: number;
                        weekdays: boolean[];
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMeCoaching: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            acknowledgedAt: string | null;
                            /** @enum {string} */
                            action: "message" | "one_on_one" | "ride_along" | "written_warning" | "recognition";
                            canAcknowledge: boolean;
                            canDispute: boolean;
                            cause: string;
                            createdAt: string;
                            definition: string | null;
                            disputeText: string | null;
                            events: {
                                businessDate: string;
                                eventId: string;
                                id: string;
                                occurredAt: string;
                                severity: string | null;
                                status: string;
                                subtype: string | null;
                                type: string;
                                videoLink: string | null;
                            }[];
                            fullName: string;
                            id: string;
                            managerNote: string | null;
                            needsSignature: boolean;
                            resolution: ("upheld" | "dismissed") | null;
                            resolutionNote: string | null;
                            /** @enum {string} */
                            status: "open" | "acknowledged" | "disputed" | "upheld" | "dismissed";
                            title: string;
                            warningPdf: string | null;
                            week: string;
                        }[];
                        /** @enum {string} */
                        language: "en" | "es";
                    };
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postMeCoachingByIdAcknowledge: {
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
                    signature?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acknowledgedAt: string | null;
                        /** @enum {string} */
                        action: "message" | "one_on_one" | "ride_along" | "written_warning" | "recognition";
                        canAcknowledge: boolean;
                        canDispute: boolean;
                        cause: string;
                        createdAt: string;
                        definition: string | null;
                        disputeText: string | null;
                        events: {
                            businessDate: string;
                            eventId: string;
                            id: string;
                            occurredAt: string;
                            severity: string | null;
                            status: string;
                            subtype: string | null;
                            type: string;
                            videoLink: string | null;
                        }[];
                        fullName: string;
                        id: string;
                        managerNote: string | null;
                        needsSignature: boolean;
                        resolution: ("upheld" | "dismissed") | null;
                        resolutionNote: string | null;
                        /** @enum {string} */
                        status: "open" | "acknowledged" | "disputed" | "upheld" | "dismissed";
                        title: string;
                        warningPdf: string | null;
                        week: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postMeCoachingByIdDispute: {
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
                    text: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acknowledgedAt: string | null;
                        /** @enum {string} */
                        action: "message" | "one_on_one" | "ride_along" | "written_warning" | "recognition";
                        canAcknowledge: boolean;
                        canDispute: boolean;
                        cause: string;
                        createdAt: string;
                        definition: string | null;
                        disputeText: string | null;
                        events: {
                            businessDate: string;
                            eventId: string;
                            id: string;
                            occurredAt: string;
                            severity: string | null;
                            status: string;
                            subtype: string | null;
                            type: string;
                            videoLink: string | null;
                        }[];
                        fullName: string;
                        id: string;
                        managerNote: string | null;
                        needsSignature: boolean;
                        resolution: ("upheld" | "dismissed") | null;
                        resolutionNote: string | null;
                        /** @enum {string} */
                        status: "open" | "acknowledged" | "disputed" | "upheld" | "dismissed";
                        title: string;
                        warningPdf: string | null;
                        week: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMeCoachingByIdWarningPdf: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMeDocuments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        dotMedicalExpiry: string | null;
                        items: {
                            bucket: ("expired" | "within7" | "within14" | "within30" | "later") | null;
                            createdAt: string;
                            driverId: string;
                            expiry: string | null;
                            file: {
                                contentType: string;
                                createdAt: string;
                                fileName: string;
                                id: string;
                                sizeBytes: number;
                                thumbnailUrl: string | null;
                                url: string;
                            } | null;
                            fileId: string | null;
                            id: string;
                            note: string | null;
                            reviewedAt: string | null;
                            reviewedBy: string | null;
                            reviewNote: string | null;
                            /** @enum {string} */
                            status: "pending_review" | "approved" | "rejected";
                            /** @enum {string} */
                            type: "drivers_license" | "dot_medical_card" | "background_check" | "mvr" | "drug_test" | "i9" | "w4" | "handbook" | "training" | "other";
                            uploadedBy: string;
                        }[];
                        licenseExpiry: string | null;
                        needsDotMedical: boolean;
                        today: string;
                    };
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postMeDocuments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    expiry: string;
                    fileId: string;
                    note?: string | null;
                    /** @enum {string} */
                    type: "drivers_license" | "dot_medical_card";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        bucket: ("expired" | "within7" | "within14" | "within30" | "later") | null;
                        createdAt: string;
                        driverId: string;
                        expiry: string | null;
                        file: {
                            contentType: string;
                            createdAt: string;
                            fileName: string;
                            id: string;
                            sizeBytes: number;
                            thumbnailUrl: string | null;
                            url: string;
                        } | null;
                        fileId: string | null;
                        id: string;
                        note: string | null;
                        reviewedAt: string | null;
                        reviewedBy: string | null;
                        reviewNote: string | null;
                        /** @enum {string} */
                        status: "pending_review" | "approved" | "rejected";
                        /** @enum {string} */
                        type: "drivers_license" | "dot_medical_card" | "background_check" | "mvr" | "drug_test" | "i9" | "w4" | "handbook" | "training" | "other";
                        uploadedBy: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMeDriver: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        driver: {
                            clearance: {
                                cleared: boolean;
                                reasons: string[];
                                vanTypes: ("edv" | "cdv" | "step_van" | "rental")[];
                            };
                            createdAt: string;
                            dotMedicalExpiry: string | null;
                            email: string | null;
                            employeeId: string | null;
                            firstName: string;
                            hireDate: string | null;
                            homeStationId: string;
                            hourlyRateCents: number | null;
                            id: string;
                            /** @enum {string} */
                            language: "en" | "es";
                            lastName: string;
                            licenseExpiry: string | null;
                            licenseNumber: string | null;
                            licenseState: string | null;
                            phone: string | null;
                            smsConsentAt: string | null;
                            /** @enum {string} */
                            status: "applicant" | "onboarding" | "active" | "inactive" | "terminated";
                            statusReason: string | null;
                            statusSince: string;
                            transporterId: string | null;
                            updatedAt: string;
                            userId: string | null;
                            vanTypes: ("edv" | "cdv" | "step_van" | "rental")[];
                        } | null;
                    };
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMeInspections: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            businessDate: string;
                            damagePanels: ("front_bumper" | "hood" | "windshield" | "roof" | "driver_side_front" | "driver_side_rear" | "passenger_side_front" | "passenger_side_rear" | "rear_doors" | "rear_bumper")[];
                            driverId: string | null;
                            durationSeconds: number;
                            failedItems: string[];
                            fleetNumber: string;
                            grounded: boolean;
                            id: string;
                            inspectorName: string;
                            /** @enum {string} */
                            kind: "pre_trip" | "post_trip";
                            passed: boolean;
                            rushed: boolean;
                            startedAt: string;
                            stationId: string;
                            vanId: string;
                            /** @enum {string} */
                            vanType: "edv" | "cdv" | "step_van" | "rental";
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postMeInspections: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    bodyPhotos: {
                        driver_side: string;
                        front: string;
                        passenger_side: string;
                        rear: string;
                    };
                    /** @default [] */
                    damageMarks?: {
                        /** @default null */
                        note?: string | null;
                        /** @enum {string} */
                        panel: "front_bumper" | "hood" | "windshield" | "roof" | "driver_side_front" | "driver_side_rear" | "passenger_side_front" | "passenger_side_rear" | "rear_doors" | "rear_bumper";
                        /** @default [] */
                        photoIds?: string[];
                    }[];
                    fuelPercent: number;
                    /** Format: uuid */
                    id: string;
                    items: {
                        key: string;
                        /** @default null */
                        note?: string | null;
                        /** @default [] */
                        photoIds?: string[];
                        /** @enum {string} */
                        result: "pass" | "fail" | "na";
                    }[];
                    /** @enum {string} */
                    kind: "pre_trip" | "post_trip";
                    odometerMiles: number;
                    odometerPhotoId: string;
                    /** Format: date-time */
                    startedAt: string;
                    /** Format: date-time */
                    submittedAt: string;
                    vanId: string;
                    videoId?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        bodyPhotos: {
                            driver_side: {
                                contentType: string;
                                createdAt: string;
                                fileName: string;
                                id: string;
                                sizeBytes: number;
                                thumbnailUrl: string | null;
                                url: string;
                            } | null;
                            front: {
                                contentType: string;
                                createdAt: string;
                                fileName: string;
                                id: string;
                                sizeBytes: number;
                                thumbnailUrl: string | null;
                                url: string;
                            } | null;
                            passenger_side: {
                                contentType: string;
                                createdAt: string;
                                fileName: string;
                                id: string;
                                sizeBytes: number;
                                thumbnailUrl: string | null;
                                url: string;
                            } | null;
                            rear: {
                                contentType: string;
                                createdAt: string;
                                fileName: string;
                                id: string;
                                sizeBytes: number;
                                thumbnailUrl: string | null;
                                url: string;
                            } | null;
                        };
                        businessDate: string;
                        damageMarks: {
                            note: string | null;
                            /** @enum {string} */
                            panel: "front_bumper" | "hood" | "windshield" | "roof" | "driver_side_front" | "driver_side_rear" | "passenger_side_front" | "passenger_side_rear" | "rear_doors" | "rear_bumper";
                            photos: {
                                contentType: string;
                                createdAt: string;
                                fileName: string;
                                id: string;
                                sizeBytes: number;
                                thumbnailUrl: string | null;
                                url: string;
                            }[];
                        }[];
                        damagePanels: ("front_bumper" | "hood" | "windshield" | "roof" | "driver_side_front" | "driver_side_rear" | "passenger_side_front" | "passenger_side_rear" | "rear_doors" | "rear_bumper")[];
                        driverId: string | null;
                        durationSeconds: number;
                        failedItems: string[];
                        fleetNumber: string;
                        fuelPercent: number;
                        grounded: boolean;
                        id: string;
                        inspectorName: string;
                        items: {
                            critical: boolean;
                            key: string;
                            label: string;
                            note: string | null;
                            photos: {
                                contentType: string;
                                createdAt: string;
                                fileName: string;
                                id: string;
                                sizeBytes: number;
                                thumbnailUrl: string | null;
                                url: string;
                            }[];
                            /** @enum {string} */
                            result: "pass" | "fail" | "na";
                        }[];
                        /** @enum {string} */
                        kind: "pre_trip" | "post_trip";
                        newDamage: {
                            attribution: string | null;
                            id: string;
                            panels: ("front_bumper" | "hood" | "windshield" | "roof" | "driver_side_front" | "driver_side_rear" | "passenger_side_front" | "passenger_side_rear" | "rear_doors" | "rear_bumper")[];
                        }[];
                        odometerMiles: number;
                        odometerPhoto: {
                            contentType: string;
                            createdAt: string;
                            fileName: string;
                            id: string;
                            sizeBytes: number;
                            thumbnailUrl: string | null;
                            url: string;
                        } | null;
                        passed: boolean;
                        receivedAt: string;
                        rushed: boolean;
                        rushedUnderSeconds: number;
                        startedAt: string;
                        stationId: string;
                        submittedAt: string;
                        vanId: string;
                        /** @enum {string} */
                        vanType: "edv" | "cdv" | "step_van" | "rental";
                        video: {
                            contentType: string;
                            createdAt: string;
                            fileName: string;
                            id: string;
                            sizeBytes: number;
                            thumbnailUrl: string | null;
                            url: string;
                        } | null;
                    };
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        bodyPhotos: {
                            driver_side: {
                                contentType: string;
                                createdAt: string;
                                fileName: string;
                                id: string;
                                sizeBytes: number;
                                thumbnailUrl: string | null;
                                url: string;
                            } | null;
                            front: {
                                contentType: string;
                                createdAt: string;
                                fileName: string;
                                id: string;
                                sizeBytes: number;
                                thumbnailUrl: string | null;
                                url: string;
                            } | null;
                            passenger_side: {
                                contentType: string;
                                createdAt: string;
                                fileName: string;
                                id: string;
                                sizeBytes: number;
                                thumbnailUrl: string | null;
                                url: string;
                            } | null;
                            rear: {
                                contentType: string;
                                createdAt: string;
                                fileName: string;
                                id: string;
                                sizeBytes: number;
                                thumbnailUrl: string | null;
                                url: string;
                            } | null;
                        };
                        businessDate: string;
                        damageMarks: {
                            note: string | null;
                            /** @enum {string} */
                            panel: "front_bumper" | "hood" | "windshield" | "roof" | "driver_side_front" | "driver_side_rear" | "passenger_side_front" | "passenger_side_rear" | "rear_doors" | "rear_bumper";
                            photos: {
                                contentType: string;
                                createdAt: string;
                                fileName: string;
                                id: string;
                                sizeBytes: number;
                                thumbnailUrl: string | null;
                                url: string;
                            }[];
                        }[];
                        damagePanels: ("front_bumper" | "hood" | "windshield" | "roof" | "driver_side_front" | "driver_side_rear" | "passenger_side_front" | "passenger_side_rear" | "rear_doors" | "rear_bumper")[];
                        driverId: string | null;
                        durationSeconds: number;
                        failedItems: string[];
                        fleetNumber: string;
                        fuelPercent: number;
                        grounded: boolean;
                        id: string;
                        inspectorName: string;
                        items: {
                            critical: boolean;
                            key: string;
                            label: string;
                            note: string | null;
                            photos: {
                                contentType: string;
                                createdAt: string;
                                fileName: string;
                                id: string;
                                sizeBytes: number;
                                thumbnailUrl: string | null;
                                url: string;
                            }[];
                            /** @enum {string} */
                            result: "pass" | "fail" | "na";
                        }[];
                        /** @enum {string} */
                        kind: "pre_trip" | "post_trip";
                        newDamage: {
                            attribution: string | null;
                            id: string;
                            panels: ("front_bumper" | "hood" | "windshield" | "roof" | "driver_side_front" | "driver_side_rear" | "passenger_side_front" | "passenger_side_rear" | "rear_doors" | "rear_bumper")[];
                        }[];
                        odometerMiles: number;
                        odometerPhoto: {
                            contentType: string;
                            createdAt: string;
                            fileName: string;
                            id: string;
                            sizeBytes: number;
                            thumbnailUrl: string | null;
                            url: string;
                        } | null;
                        passed: boolean;
                        receivedAt: string;
                        rushed: boolean;
                        rushedUnderSeconds: number;
                        startedAt: string;
                        stationId: string;
                        submittedAt: string;
                        vanId: string;
                        /** @enum {string} */
                        vanType: "edv" | "cdv" | "step_van" | "rental";
                        video: {
                            contentType: string;
                            createdAt: string;
                            fileName: string;
                            id: string;
                            sizeBytes: number;
                            thumbnailUrl: string | null;
                            url: string;
                        } | null;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMeInspectionsById: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        bodyPhotos: {
                            driver_side: {
                                contentType: string;
                                createdAt: string;
                                fileName: string;
                                id: string;
                                sizeBytes: number;
                                thumbnailUrl: string | null;
                                url: string;
                            } | null;
                            front: {
                                contentType: string;
                                createdAt: string;
                                fileName: string;
                                id: string;
                                sizeBytes: number;
                                thumbnailUrl: string | null;
                                url: string;
                            } | null;
                            passenger_side: {
                                contentType: string;
                                createdAt: string;
                                fileName: string;
                                id: string;
                                sizeBytes: number;
                                thumbnailUrl: string | null;
                                url: string;
                            } | null;
                            rear: {
                                contentType: string;
                                createdAt: string;
                                fileName: string;
                                id: string;
                                sizeBytes: number;
                                thumbnailUrl: string | null;
                                url: string;
                            } | null;
                        };
                        businessDate: string;
                        damageMarks: {
                            note: string | null;
                            /** @enum {string} */
                            panel: "front_bumper" | "hood" | "windshield" | "roof" | "driver_side_front" | "driver_side_rear" | "passenger_side_front" | "passenger_side_rear" | "rear_doors" | "rear_bumper";
                            photos: {
                                contentType: string;
                                createdAt: string;
                                fileName: string;
                                id: string;
                                sizeBytes: number;
                                thumbnailUrl: string | null;
                                url: string;
                            }[];
                        }[];
                        damagePanels: ("front_bumper" | "hood" | "windshield" | "roof" | "driver_side_front" | "driver_side_rear" | "passenger_side_front" | "passenger_side_rear" | "rear_doors" | "rear_bumper")[];
                        driverId: string | null;
                        durationSeconds: number;
                        failedItems: string[];
                        fleetNumber: string;
                        fuelPercent: number;
                        grounded: boolean;
                        id: string;
                        inspectorName: string;
                        items: {
                            critical: boolean;
                            key: string;
                            label: string;
                            note: string | null;
                            photos: {
                                contentType: string;
                                createdAt: string;
                                fileName: string;
                                id: string;
                                sizeBytes: number;
                                thumbnailUrl: string | null;
                                url: string;
                            }[];
                            /** @enum {string} */
                            result: "pass" | "fail" | "na";
                        }[];
                        /** @enum {string} */
                        kind: "pre_trip" | "post_trip";
                        newDamage: {
                            attribution: string | null;
                            id: string;
                            panels: ("front_bumper" | "hood" | "windshield" | "roof" | "driver_side_front" | "driver_side_rear" | "passenger_side_front" | "passenger_side_rear" | "rear_doors" | "rear_bumper")[];
                        }[];
                        odometerMiles: number;
                        odometerPhoto: {
                            contentType: string;
                            createdAt: string;
                            fileName: string;
                            id: string;
                            sizeBytes: number;
                            thumbnailUrl: string | null;
                            url: string;
                        } | null;
                        passed: boolean;
                        receivedAt: string;
                        rushed: boolean;
                        rushedUnderSeconds: number;
                        startedAt: string;
                        stationId: string;
                        submittedAt: string;
                        vanId: string;
                        /** @enum {string} */
                        vanType: "edv" | "cdv" | "step_van" | "rental";
                        video: {
                            contentType: string;
                            createdAt: string;
                            fileName: string;
                            id: string;
                            sizeBytes: number;
                            thumbnailUrl: string | null;
                            url: string;
                        } | null;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMeInspectionsStart: {
        parameters: {
            query: {
                vanId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            critical: boolean;
                            key: string;
                            label: string;
                        }[];
                        knownDamage: {
                            note: string | null;
                            /** @enum {string} */
                            panel: "front_bumper" | "hood" | "windshield" | "roof" | "driver_side_front" | "driver_side_rear" | "passenger_side_front" | "passenger_side_rear" | "rear_doors" | "rear_bumper";
                        }[];
                        rushedUnderSeconds: number;
                        van: {
                            date: string;
                            fleetNumber: string;
                            id: string;
                            lastPreTripToday: {
                                inspectorName: string;
                                startedAt: string;
                            } | null;
                            make: string | null;
                            model: string | null;
                            odometerMiles: number | null;
                            plate: string | null;
                            /** @enum {string} */
                            preTripToday: "passed" | "failed" | "missing";
                            stationId: string;
                            status: string;
                            /** @enum {string} */
                            vanType: "edv" | "cdv" | "step_van" | "rental";
                        };
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMeInspectionsVans: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            date: string;
                            fleetNumber: string;
                            id: string;
                            lastPreTripToday: {
                                inspectorName: string;
                                startedAt: string;
                            } | null;
                            make: string | null;
                            model: string | null;
                            odometerMiles: number | null;
                            plate: string | null;
                            /** @enum {string} */
                            preTripToday: "passed" | "failed" | "missing";
                            stationId: string;
                            status: string;
                            /** @enum {string} */
                            vanType: "edv" | "cdv" | "step_van" | "rental";
                        }[];
                    };
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postMeInvitationsByIdAccept: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        csrfToken: string;
                        invitations: {
                            expiresAt: string;
                            id: string;
                            orgName: string;
                            /** @enum {string} */
                            role: "owner" | "manager" | "dispatcher" | "driver";
                        }[];
                        mfaSetupRequired: boolean;
                        org: {
                            id: string;
                            name: string;
                            requireMfa: boolean;
                            slug: string;
                        } | null;
                        orgs: {
                            id: string;
                            name: string;
                            /** @enum {string} */
                            role: "owner" | "manager" | "dispatcher" | "driver";
                            slug: string;
                        }[];
                        permissions: ("org.settings" | "stations.read" | "stations.write" | "users.read" | "users.write" | "tokens.manage" | "audit.read" | "imports.run" | "people.read" | "people.write" | "attendance.write" | "fleet.read" | "fleet.write" | "damage.write" | "schedule.read" | "schedule.write" | "schedule.rules" | "timeoff.decide" | "dispatch.read" | "dispatch.write" | "messages.read" | "messages.manage" | "performance.read" | "performance.write" | "coaching.read" | "coaching.write")[];
                        role: ("owner" | "manager" | "dispatcher" | "driver") | null;
                        stations: {
                            code: string;
                            id: string;
                            name: string;
                            state: string;
                            timeZone: string;
                        }[];
                        user: {
                            email: string;
                            id: string;
                            mustChangePassword: boolean;
                            name: string;
                            totpEnabled: boolean;
                        };
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postMeInvitationsByIdDecline: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMeMessages: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            body: string;
                            createdAt: string;
                            id: string;
                            link: string | null;
                            readAt: string | null;
                            topic: string;
                        }[];
                        unread: number;
                    };
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postMeMessagesRead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    ids: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postMeOrg: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    orgId: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        csrfToken: string;
                        invitations: {
                            expiresAt: string;
                            id: string;
                            orgName: string;
                            /** @enum {string} */
                            role: "owner" | "manager" | "dispatcher" | "driver";
                        }[];
                        mfaSetupRequired: boolean;
                        org: {
                            id: string;
                            name: string;
                            requireMfa: boolean;
                            slug: string;
                        } | null;
                        orgs: {
                            id: string;
                            name: string;
                            /** @enum {string} */
                            role: "owner" | "manager" | "dispatcher" | "driver";
                            slug: string;
                        }[];
                        permissions: ("org.settings" | "stations.read" | "stations.write" | "users.read" | "users.write" | "tokens.manage" | "audit.read" | "imports.run" | "people.read" | "people.write" | "attendance.write" | "fleet.read" | "fleet.write" | "damage.write" | "schedule.read" | "schedule.write" | "schedule.rules" | "timeoff.decide" | "dispatch.read" | "dispatch.write" | "messages.read" | "messages.manage" | "performance.read" | "performance.write" | "coaching.read" | "coaching.write")[];
                        role: ("owner" | "manager" | "dispatcher" | "driver") | null;
                        stations: {
                            code: string;
                            id: string;
                            name: string;
                            state: string;
                            timeZone: string;
                        }[];
                        user: {
                            email: string;
                            id: string;
                            mustChangePassword: boolean;
                            name: string;
                            totpEnabled: boolean;
                        };
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMePerformance: {
        parameters: {
            query?: {
                week?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description How far our estimate was from Amazon’s own figures over the weeks shown */
                        accuracy: {
                            /** @description DA weeks where both Amazon’s score and ours are known */
                            das: number;
                            /** @description Mean absolute difference from Amazon’s score, in points */
                            meanAbsError: number | null;
                            /** @description Share of those weeks with Amazon’s standing, 0–1 */
                            standingAgreement: number | null;
                        };
                        definitions: {
                            definition: string;
                            /** @enum {string} */
                            direction: "higher" | "lower";
                            /** @enum {string} */
                            key: "fico" | "seatbelt" | "speeding" | "distractions" | "sign_signal" | "following_distance" | "cdf_dpmo" | "ced" | "dcr" | "dnr_dpmo" | "dsb_dpmo" | "pod" | "contact_compliance" | "psb" | "delivered";
                            label: string;
                            thresholds: {
                                fair: number | null;
                                fantastic: number | null;
                                great: number | null;
                            };
                            unit: string;
                        }[];
                        driver: {
                            id: string;
                            name: string;
                            transporterId: string | null;
                        };
                        end: string;
                        /** @description Amazon’s name of the week, e.g. 2026-W48 */
                        label: string;
                        /** @enum {string} */
                        language: "en" | "es";
                        profile: {
                            bands: {
                                fair: number;
                                fantastic: number;
                                fantastic_plus: number;
                                great: number;
                            };
                            estimate: boolean;
                            /** @description Each metric’s Fantastic threshold */
                            goals: {
                                cdf_dpmo: number | null;
                                ced: number | null;
                                contact_compliance: number | null;
                                dcr: number | null;
                                delivered: number | null;
                                distractions: number | null;
                                dnr_dpmo: number | null;
                                dsb_dpmo: number | null;
                                fico: number | null;
                                following_distance: number | null;
                                pod: number | null;
                                psb: number | null;
                                seatbelt: number | null;
                                sign_signal: number | null;
                                speeding: number | null;
                            } & {
                                [key: string]: number | null;
                            };
                            name: string;
                        };
                        /** @description The Sunday the week starts on (Amazon’s Sunday-to-Saturday week) */
                        week: string;
                        weeks: {
                            data: {
                                amazon: {
                                    score: number | null;
                                    scores: {
                                        cdf_dpmo?: number | null;
                                        ced?: number | null;
                                        contact_compliance?: number | null;
                                        dcr?: number | null;
                                        delivered?: number | null;
                                        distractions?: number | null;
                                        dnr_dpmo?: number | null;
                                        dsb_dpmo?: number | null;
                                        fico?: number | null;
                                        following_distance?: number | null;
                                        pod?: number | null;
                                        psb?: number | null;
                                        seatbelt?: number | null;
                                        sign_signal?: number | null;
                                        speeding?: number | null;
                                    } & {
                                        [key: string]: number | null;
                                    };
                                    standing: string | null;
                                    tiers: {
                                        cdf_dpmo?: string | null;
                                        ced?: string | null;
                                        contact_compliance?: string | null;
                                        dcr?: string | null;
                                        delivered?: string | null;
                                        distractions?: string | null;
                                        dnr_dpmo?: string | null;
                                        dsb_dpmo?: string | null;
                                        fico?: string | null;
                                        following_distance?: string | null;
                                        pod?: string | null;
                                        psb?: string | null;
                                        seatbelt?: string | null;
                                        sign_signal?: string | null;
                                        speeding?: string | null;
                                    } & {
                                        [key: string]: string | null;
                                    };
                                };
                                metrics: {
                                    cdf_dpmo: number | null;
                                    ced: number | null;
                                    contact_compliance: number | null;
                                    dcr: number | null;
                                    delivered: number | null;
                                    distractions: number | null;
                                    dnr_dpmo: number | null;
                                    dsb_dpmo: number | null;
                                    fico: number | null;
                                    following_distance: number | null;
                                    pod: number | null;
                                    psb: number | null;
                                    seatbelt: number | null;
                                    sign_signal: number | null;
                                    speeding: number | null;
                                } & {
                                    [key: string]: number | null;
                                };
                                score: number | null;
                                standing: ("fantastic_plus" | "fantastic" | "great" | "fair" | "poor") | null;
                                stationId: string;
                                tiers: {
                                    cdf_dpmo: ("fantastic" | "great" | "fair" | "poor") | null;
                                    ced: ("fantastic" | "great" | "fair" | "poor") | null;
                                    contact_compliance: ("fantastic" | "great" | "fair" | "poor") | null;
                                    dcr: ("fantastic" | "great" | "fair" | "poor") | null;
                                    delivered: ("fantastic" | "great" | "fair" | "poor") | null;
                                    distractions: ("fantastic" | "great" | "fair" | "poor") | null;
                                    dnr_dpmo: ("fantastic" | "great" | "fair" | "poor") | null;
                                    dsb_dpmo: ("fantastic" | "great" | "fair" | "poor") | null;
                                    fico: ("fantastic" | "great" | "fair" | "poor") | null;
                                    following_distance: ("fantastic" | "great" | "fair" | "poor") | null;
                                    pod: ("fantastic" | "great" | "fair" | "poor") | null;
                                    psb: ("fantastic" | "great" | "fair" | "poor") | null;
                                    seatbelt: ("fantastic" | "great" | "fair" | "poor") | null;
                                    sign_signal: ("fantastic" | "great" | "fair" | "poor") | null;
                                    speeding: ("fantastic" | "great" | "fair" | "poor") | null;
                                } & {
                                    [key: string]: ("fantastic" | "great" | "fair" | "poor") | null;
                                };
                            } | null;
                            end: string;
                            /** @description Amazon’s name of the week, e.g. 2026-W48 */
                            label: string;
                            /** @description The Sunday the week starts on (Amazon’s Sunday-to-Saturday week) */
                            week: string;
                        }[];
                        weeksWithData: {
                            end: string;
                            /** @description Amazon’s name of the week, e.g. 2026-W48 */
                            label: string;
                            /** @description The Sunday the week starts on (Amazon’s Sunday-to-Saturday week) */
                            week: string;
                        }[];
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMeSchedule: {
        parameters: {
            query?: {
                date?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        language: "en" | "es";
                        nextRoute: {
                            code: string;
                            date: string;
                            packages: number | null;
                            plannedMinutes: number;
                            stagingLocation: string | null;
                            stops: number | null;
                            van: {
                                fleetNumber: string;
                                id: string;
                                vanType: string;
                            } | null;
                            waveTime: string;
                        } | null;
                        shifts: {
                            attendanceEventId: string | null;
                            checkedInAt: string | null;
                            confirmedAt: string | null;
                            date: string;
                            driverId: string;
                            id: string;
                            /** @enum {string} */
                            kind: "route" | "standby" | "training" | "rescue" | "office";
                            minutes: number;
                            note: string | null;
                            publishedAt: string | null;
                            source: string;
                            startTime: string;
                            stationId: string;
                            /** @enum {string} */
                            status: "scheduled" | "called_out" | "no_show";
                            updatedAt: string;
                        }[];
                        today: string;
                        todayRoute: {
                            code: string;
                            date: string;
                            packages: number | null;
                            plannedMinutes: number;
                            stagingLocation: string | null;
                            stops: number | null;
                            van: {
                                fleetNumber: string;
                                id: string;
                                vanType: string;
                            } | null;
                            waveTime: string;
                        } | null;
                        todayShift: {
                            attendanceEventId: string | null;
                            checkedInAt: string | null;
                            confirmedAt: string | null;
                            date: string;
                            driverId: string;
                            id: string;
                            /** @enum {string} */
                            kind: "route" | "standby" | "training" | "rescue" | "office";
                            minutes: number;
                            note: string | null;
                            publishedAt: string | null;
                            source: string;
                            startTime: string;
                            stationId: string;
                            /** @enum {string} */
                            status: "scheduled" | "called_out" | "no_show";
                            updatedAt: string;
                        } | null;
                        weekStart: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postMeShiftsByIdCheckIn: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        attendanceEventId: string | null;
                        checkedInAt: string | null;
                        confirmedAt: string | null;
                        date: string;
                        driverId: string;
                        id: string;
                        /** @enum {string} */
                        kind: "route" | "standby" | "training" | "rescue" | "office";
                        minutes: number;
                        note: string | null;
                        publishedAt: string | null;
                        source: string;
                        startTime: string;
                        stationId: string;
                        /** @enum {string} */
                        status: "scheduled" | "called_out" | "no_show";
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postMeShiftsByIdConfirm: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        attendanceEventId: string | null;
                        checkedInAt: string | null;
                        confirmedAt: string | null;
                        date: string;
                        driverId: string;
                        id: string;
                        /** @enum {string} */
                        kind: "route" | "standby" | "training" | "rescue" | "office";
                        minutes: number;
                        note: string | null;
                        publishedAt: string | null;
                        source: string;
                        startTime: string;
                        stationId: string;
                        /** @enum {string} */
                        status: "scheduled" | "called_out" | "no_show";
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postMeTimeOff: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    firstDate: string;
                    lastDate: string;
                    reason?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        decidedAt: string | null;
                        decidedBy: string | null;
                        decisionNote: string | null;
                        driverId: string;
                        firstDate: string;
                        id: string;
                        lastDate: string;
                        reason: string | null;
                        requestedAt: string;
                        requestedBy: string;
                        /** @enum {string} */
                        status: "pending" | "approved" | "denied" | "cancelled";
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postMeTimeOffByIdCancel: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        decidedAt: string | null;
                        decidedBy: string | null;
                        decisionNote: string | null;
                        driverId: string;
                        firstDate: string;
                        id: string;
                        lastDate: string;
                        reason: string | null;
                        requestedAt: string;
                        requestedBy: string;
                        /** @enum {string} */
                        status: "pending" | "approved" | "denied" | "cancelled";
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMessages: {
        parameters: {
            query?: {
                channel?: "in_app" | "sms";
                cursor?: string;
                from?: string;
                limit?: number;
                status?: "queued" | "sent" | "delivered" | "failed" | "blocked";
                to?: string;
                topic?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            attempts: number;
                            body: string;
                            /** @enum {string} */
                            channel: "in_app" | "sms";
                            createdAt: string;
                            deliveredAt: string | null;
                            driverId: string;
                            driverName: string;
                            id: string;
                            lastError: string | null;
                            link: string | null;
                            nextAttemptAt: string | null;
                            provider: string | null;
                            readAt: string | null;
                            sentAt: string | null;
                            /** @enum {string} */
                            status: "queued" | "sent" | "delivered" | "failed" | "blocked";
                            toPhone: string | null;
                            topic: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMessagingSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        provider: "log" | "twilio";
                        quietEnd: string;
                        quietStart: string;
                        ratePerMinute: number;
                        smsEnabled: boolean;
                        updatedAt: string | null;
                        updatedBy: string | null;
                    };
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putMessagingSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    quietEnd: string;
                    quietStart: string;
                    ratePerMinute: number;
                    smsEnabled: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        provider: "log" | "twilio";
                        quietEnd: string;
                        quietStart: string;
                        ratePerMinute: number;
                        smsEnabled: boolean;
                        updatedAt: string | null;
                        updatedBy: string | null;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMessagingTemplates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            key: string;
                            label: string;
                            texts: {
                                en: {
                                    body: string;
                                    custom: boolean;
                                    defaultBody: string;
                                    updatedAt: string | null;
                                    updatedBy: string | null;
                                };
                                es: {
                                    body: string;
                                    custom: boolean;
                                    defaultBody: string;
                                    updatedAt: string | null;
                                    updatedBy: string | null;
                                };
                            };
                            variables: {
                                label: string;
                                name: string;
                            }[];
                        }[];
                    };
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putMessagingTemplatesByKeyByLanguage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
                language: "en" | "es";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        key: string;
                        label: string;
                        texts: {
                            en: {
                                body: string;
                                custom: boolean;
                                defaultBody: string;
                                updatedAt: string | null;
                                updatedBy: string | null;
                            };
                            es: {
                                body: string;
                                custom: boolean;
                                defaultBody: string;
                                updatedAt: string | null;
                                updatedBy: string | null;
                            };
                        };
                        variables: {
                            label: string;
                            name: string;
                        }[];
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteMessagingTemplatesByKeyByLanguage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
                language: "en" | "es";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        key: string;
                        label: string;
                        texts: {
                            en: {
                                body: string;
                                custom: boolean;
                                defaultBody: string;
                                updatedAt: string | null;
                                updatedBy: string | null;
                            };
                            es: {
                                body: string;
                                custom: boolean;
                                defaultBody: string;
                                updatedAt: string | null;
                                updatedBy: string | null;
                            };
                        };
                        variables: {
                            label: string;
                            name: string;
                        }[];
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postMessagingTemplatesPreview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body?: string;
                    driverId?: string;
                    key: string;
                    /** @enum {string} */
                    language?: "en" | "es";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        body: string;
                        delivery: {
                            consentAt: string | null;
                            inAppOnlyReason: string | null;
                            optedOutAt: string | null;
                            phone: string | null;
                        } | null;
                        /** @enum {string} */
                        language: "en" | "es";
                        segments: {
                            /** @enum {string} */
                            encoding: "GSM-7" | "UCS-2";
                            segments: number;
                            units: number;
                        };
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postMessagingTwilioInbound: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postMessagingTwilioStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteNotesById: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOnboarding: {
        parameters: {
            query?: {
                stationId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            driver: {
                                firstName: string;
                                homeStationId: string;
                                id: string;
                                lastName: string;
                                /** @enum {string} */
                                status: "applicant" | "onboarding" | "active" | "inactive" | "terminated";
                                vanTypes: string[];
                            };
                            progress: {
                                complete: number;
                                failed: number;
                                ready: boolean;
                                total: number;
                            };
                            steps: {
                                [key: string]: "todo" | "done" | "waived" | "failed";
                            };
                        }[];
                        steps: {
                            active: boolean;
                            /** @enum {string} */
                            appliesTo: "all" | "step_van";
                            documentType: ("drivers_license" | "dot_medical_card" | "background_check" | "mvr" | "drug_test" | "i9" | "w4" | "handbook" | "training" | "other") | null;
                            id: string;
                            key: string;
                            label: string;
                            position: number;
                        }[];
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOnboardingSteps: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            active: boolean;
                            /** @enum {string} */
                            appliesTo: "all" | "step_van";
                            documentType: ("drivers_license" | "dot_medical_card" | "background_check" | "mvr" | "drug_test" | "i9" | "w4" | "handbook" | "training" | "other") | null;
                            id: string;
                            key: string;
                            label: string;
                            position: number;
                        }[];
                    };
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postOnboardingSteps: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @default all
                     * @enum {string}
                     */
                    appliesTo?: "all" | "step_van";
                    /** @default null */
                    documentType?: ("drivers_license" | "dot_medical_card" | "background_check" | "mvr" | "drug_test" | "i9" | "w4" | "handbook" | "training" | "other") | null;
                    label: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        /** @enum {string} */
                        appliesTo: "all" | "step_van";
                        documentType: ("drivers_license" | "dot_medical_card" | "background_check" | "mvr" | "drug_test" | "i9" | "w4" | "handbook" | "training" | "other") | null;
                        id: string;
                        key: string;
                        label: string;
                        position: number;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchOnboardingStepsById: {
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
                    active?: boolean;
                    /** @enum {string} */
                    appliesTo?: "all" | "step_van";
                    documentType?: ("drivers_license" | "dot_medical_card" | "background_check" | "mvr" | "drug_test" | "i9" | "w4" | "handbook" | "training" | "other") | null;
                    label?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        /** @enum {string} */
                        appliesTo: "all" | "step_van";
                        documentType: ("drivers_license" | "dot_medical_card" | "background_check" | "mvr" | "drug_test" | "i9" | "w4" | "handbook" | "training" | "other") | null;
                        id: string;
                        key: string;
                        label: string;
                        position: number;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putOnboardingStepsOrder: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    ids: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            active: boolean;
                            /** @enum {string} */
                            appliesTo: "all" | "step_van";
                            documentType: ("drivers_license" | "dot_medical_card" | "background_check" | "mvr" | "drug_test" | "i9" | "w4" | "handbook" | "training" | "other") | null;
                            id: string;
                            key: string;
                            label: string;
                            position: number;
                        }[];
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrg: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        requireMfa: boolean;
                        slug: string;
                    };
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchOrg: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    requireMfa?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        requireMfa: boolean;
                        slug: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPerformanceDriversByIdTrend: {
        parameters: {
            query?: {
                week?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description How far our estimate was from Amazon’s own figures over the weeks shown */
                        accuracy: {
                            /** @description DA weeks where both Amazon’s score and ours are known */
                            das: number;
                            /** @description Mean absolute difference from Amazon’s score, in points */
                            meanAbsError: number | null;
                            /** @description Share of those weeks with Amazon’s standing, 0–1 */
                            standingAgreement: number | null;
                        };
                        driver: {
                            id: string;
                            name: string;
                            transporterId: string | null;
                        };
                        end: string;
                        /** @description Amazon’s name of the week, e.g. 2026-W48 */
                        label: string;
                        profile: {
                            bands: {
                                fair: number;
                                fantastic: number;
                                fantastic_plus: number;
                                great: number;
                            };
                            /** @description null: the default profile */
                            effectiveWeek: string | null;
                            estimate: boolean;
                            /** @description Each metric’s Fantastic threshold */
                            goals: {
                                cdf_dpmo: number | null;
                                ced: number | null;
                                contact_compliance: number | null;
                                dcr: number | null;
                                delivered: number | null;
                                distractions: number | null;
                                dnr_dpmo: number | null;
                                dsb_dpmo: number | null;
                                fico: number | null;
                                following_distance: number | null;
                                pod: number | null;
                                psb: number | null;
                                seatbelt: number | null;
                                sign_signal: number | null;
                                speeding: number | null;
                            } & {
                                [key: string]: number | null;
                            };
                            name: string;
                        };
                        /** @description The Sunday the week starts on (Amazon’s Sunday-to-Saturday week) */
                        week: string;
                        weeks: {
                            data: {
                                amazon: {
                                    score: number | null;
                                    scores: {
                                        cdf_dpmo?: number | null;
                                        ced?: number | null;
                                        contact_compliance?: number | null;
                                        dcr?: number | null;
                                        delivered?: number | null;
                                        distractions?: number | null;
                                        dnr_dpmo?: number | null;
                                        dsb_dpmo?: number | null;
                                        fico?: number | null;
                                        following_distance?: number | null;
                                        pod?: number | null;
                                        psb?: number | null;
                                        seatbelt?: number | null;
                                        sign_signal?: number | null;
                                        speeding?: number | null;
                                    } & {
                                        [key: string]: number | null;
                                    };
                                    standing: string | null;
                                    tiers: {
                                        cdf_dpmo?: string | null;
                                        ced?: string | null;
                                        contact_compliance?: string | null;
                                        dcr?: string | null;
                                        delivered?: string | null;
                                        distractions?: string | null;
                                        dnr_dpmo?: string | null;
                                        dsb_dpmo?: string | null;
                                        fico?: string | null;
                                        following_distance?: string | null;
                                        pod?: string | null;
                                        psb?: string | null;
                                        seatbelt?: string | null;
                                        sign_signal?: string | null;
                                        speeding?: string | null;
                                    } & {
                                        [key: string]: string | null;
                                    };
                                };
                                metrics: {
                                    cdf_dpmo: number | null;
                                    ced: number | null;
                                    contact_compliance: number | null;
                                    dcr: number | null;
                                    delivered: number | null;
                                    distractions: number | null;
                                    dnr_dpmo: number | null;
                                    dsb_dpmo: number | null;
                                    fico: number | null;
                                    following_distance: number | null;
                                    pod: number | null;
                                    psb: number | null;
                                    seatbelt: number | null;
                                    sign_signal: number | null;
                                    speeding: number | null;
                                } & {
                                    [key: string]: number | null;
                                };
                                score: number | null;
                                standing: ("fantastic_plus" | "fantastic" | "great" | "fair" | "poor") | null;
                                stationId: string;
                                tiers: {
                                    cdf_dpmo: ("fantastic" | "great" | "fair" | "poor") | null;
                                    ced: ("fantastic" | "great" | "fair" | "poor") | null;
                                    contact_compliance: ("fantastic" | "great" | "fair" | "poor") | null;
                                    dcr: ("fantastic" | "great" | "fair" | "poor") | null;
                                    delivered: ("fantastic" | "great" | "fair" | "poor") | null;
                                    distractions: ("fantastic" | "great" | "fair" | "poor") | null;
                                    dnr_dpmo: ("fantastic" | "great" | "fair" | "poor") | null;
                                    dsb_dpmo: ("fantastic" | "great" | "fair" | "poor") | null;
                                    fico: ("fantastic" | "great" | "fair" | "poor") | null;
                                    following_distance: ("fantastic" | "great" | "fair" | "poor") | null;
                                    pod: ("fantastic" | "great" | "fair" | "poor") | null;
                                    psb: ("fantastic" | "great" | "fair" | "poor") | null;
                                    seatbelt: ("fantastic" | "great" | "fair" | "poor") | null;
                                    sign_signal: ("fantastic" | "great" | "fair" | "poor") | null;
                                    speeding: ("fantastic" | "great" | "fair" | "poor") | null;
                                } & {
                                    [key: string]: ("fantastic" | "great" | "fair" | "poor") | null;
                                };
                            } | null;
                            end: string;
                            /** @description Amazon’s name of the week, e.g. 2026-W48 */
                            label: string;
                            /** @description The Sunday the week starts on (Amazon’s Sunday-to-Saturday week) */
                            week: string;
                        }[];
                        weeksWithData: {
                            end: string;
                            /** @description Amazon’s name of the week, e.g. 2026-W48 */
                            label: string;
                            /** @description The Sunday the week starts on (Amazon’s Sunday-to-Saturday week) */
                            week: string;
                        }[];
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPerformanceDspScorecards: {
        parameters: {
            query: {
                stationId: string;
                week?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            das: number;
                            fileName: string;
                            id: string;
                            label: string | null;
                            overallScore: number | null;
                            overallStanding: string | null;
                            /** @enum {string} */
                            status: "needs_entry" | "complete";
                            updatedAt: string;
                            uploadedAt: string;
                            /** @description The Sunday of Amazon’s week; null until entered when unread */
                            week: string | null;
                        }[];
                        station: {
                            code: string;
                            id: string;
                            name: string;
                        };
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postPerformanceDspScorecards: {
        parameters: {
            query: {
                stationId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        das: number;
                        fields: {
                            entry: {
                                at: string;
                                by: string | null;
                                byLabel: string;
                            } | null;
                            /** @enum {string} */
                            key: "week" | "station" | "overallScore" | "overallStanding" | "safety.tier" | "safety.score" | "delivery.tier" | "delivery.score" | "pickup.tier" | "pickup.score" | "team.tier" | "team.score";
                            /** @enum {string} */
                            kind: "week" | "station" | "score" | "standing";
                            label: string;
                            read: {
                                /** @description The text it was read from */
                                text: string;
                                value: string | number;
                                where: string;
                            } | null;
                            required: boolean;
                            source: ("entry" | "pdf") | null;
                            /** @description Why the PDF did not give it */
                            unreadReason: string | null;
                            /** @description In effect: the entry, else what the PDF says; null: neither */
                            value: string | number | null;
                        }[];
                        file: {
                            id: string;
                            url: string;
                        };
                        fileName: string;
                        id: string;
                        label: string | null;
                        /** @enum {string} */
                        outcome: "created" | "replaced" | "unchanged";
                        overallScore: number | null;
                        overallStanding: string | null;
                        pageCount: number;
                        station: {
                            code: string;
                            id: string;
                            name: string;
                        };
                        /** @enum {string} */
                        status: "needs_entry" | "complete";
                        table: {
                            columns: {
                                column: string | null;
                                header: string;
                            }[];
                            found: boolean;
                            note: string | null;
                            pages: number[];
                            rows: {
                                counts: {
                                    dsb_count?: number | null;
                                    pod_opportunities?: number | null;
                                } & {
                                    [key: string]: number | null;
                                };
                                /** @description The DA with this Transporter ID; null: none yet */
                                driverId: string | null;
                                driverName: string | null;
                                metrics: {
                                    cdf_dpmo?: number | null;
                                    ced?: number | null;
                                    contact_compliance?: number | null;
                                    dcr?: number | null;
                                    delivered?: number | null;
                                    distractions?: number | null;
                                    dnr_dpmo?: number | null;
                                    dsb_dpmo?: number | null;
                                    fico?: number | null;
                                    following_distance?: number | null;
                                    pod?: number | null;
                                    psb?: number | null;
                                    seatbelt?: number | null;
                                    sign_signal?: number | null;
                                    speeding?: number | null;
                                } & {
                                    [key: string]: number | null;
                                };
                                name: string | null;
                                page: number;
                                rank: number | null;
                                text: string;
                                transporterId: string;
                            }[];
                            unknownTransporters: {
                                name: string | null;
                                transporterId: string;
                            }[];
                            unread: {
                                column: string;
                                page: number;
                                reason: string;
                                text: string;
                                transporterId: string | null;
                            }[];
                        };
                        updatedAt: string;
                        uploadedAt: string;
                        /** @description The Sunday of Amazon’s week; null until entered when unread */
                        week: string | null;
                    };
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        das: number;
                        fields: {
                            entry: {
                                at: string;
                                by: string | null;
                                byLabel: string;
                            } | null;
                            /** @enum {string} */
                            key: "week" | "station" | "overallScore" | "overallStanding" | "safety.tier" | "safety.score" | "delivery.tier" | "delivery.score" | "pickup.tier" | "pickup.score" | "team.tier" | "team.score";
                            /** @enum {string} */
                            kind: "week" | "station" | "score" | "standing";
                            label: string;
                            read: {
                                /** @description The text it was read from */
                                text: string;
                                value: string | number;
                                where: string;
                            } | null;
                            required: boolean;
                            source: ("entry" | "pdf") | null;
                            /** @description Why the PDF did not give it */
                            unreadReason: string | null;
                            /** @description In effect: the entry, else what the PDF says; null: neither */
                            value: string | number | null;
                        }[];
                        file: {
                            id: string;
                            url: string;
                        };
                        fileName: string;
                        id: string;
                        label: string | null;
                        /** @enum {string} */
                        outcome: "created" | "replaced" | "unchanged";
                        overallScore: number | null;
                        overallStanding: string | null;
                        pageCount: number;
                        station: {
                            code: string;
                            id: string;
                            name: string;
                        };
                        /** @enum {string} */
                        status: "needs_entry" | "complete";
                        table: {
                            columns: {
                                column: string | null;
                                header: string;
                            }[];
                            found: boolean;
                            note: string | null;
                            pages: number[];
                            rows: {
                                counts: {
                                    dsb_count?: number | null;
                                    pod_opportunities?: number | null;
                                } & {
                                    [key: string]: number | null;
                                };
                                /** @description The DA with this Transporter ID; null: none yet */
                                driverId: string | null;
                                driverName: string | null;
                                metrics: {
                                    cdf_dpmo?: number | null;
                                    ced?: number | null;
                                    contact_compliance?: number | null;
                                    dcr?: number | null;
                                    delivered?: number | null;
                                    distractions?: number | null;
                                    dnr_dpmo?: number | null;
                                    dsb_dpmo?: number | null;
                                    fico?: number | null;
                                    following_distance?: number | null;
                                    pod?: number | null;
                                    psb?: number | null;
                                    seatbelt?: number | null;
                                    sign_signal?: number | null;
                                    speeding?: number | null;
                                } & {
                                    [key: string]: number | null;
                                };
                                name: string | null;
                                page: number;
                                rank: number | null;
                                text: string;
                                transporterId: string;
                            }[];
                            unknownTransporters: {
                                name: string | null;
                                transporterId: string;
                            }[];
                            unread: {
                                column: string;
                                page: number;
                                reason: string;
                                text: string;
                                transporterId: string | null;
                            }[];
                        };
                        updatedAt: string;
                        uploadedAt: string;
                        /** @description The Sunday of Amazon’s week; null until entered when unread */
                        week: string | null;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPerformanceDspScorecardsById: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        das: number;
                        fields: {
                            entry: {
                                at: string;
                                by: string | null;
                                byLabel: string;
                            } | null;
                            /** @enum {string} */
                            key: "week" | "station" | "overallScore" | "overallStanding" | "safety.tier" | "safety.score" | "delivery.tier" | "delivery.score" | "pickup.tier" | "pickup.score" | "team.tier" | "team.score";
                            /** @enum {string} */
                            kind: "week" | "station" | "score" | "standing";
                            label: string;
                            read: {
                                /** @description The text it was read from */
                                text: string;
                                value: string | number;
                                where: string;
                            } | null;
                            required: boolean;
                            source: ("entry" | "pdf") | null;
                            /** @description Why the PDF did not give it */
                            unreadReason: string | null;
                            /** @description In effect: the entry, else what the PDF says; null: neither */
                            value: string | number | null;
                        }[];
                        file: {
                            id: string;
                            url: string;
                        };
                        fileName: string;
                        id: string;
                        label: string | null;
                        overallScore: number | null;
                        overallStanding: string | null;
                        pageCount: number;
                        station: {
                            code: string;
                            id: string;
                            name: string;
                        };
                        /** @enum {string} */
                        status: "needs_entry" | "complete";
                        table: {
                            columns: {
                                column: string | null;
                                header: string;
                            }[];
                            found: boolean;
                            note: string | null;
                            pages: number[];
                            rows: {
                                counts: {
                                    dsb_count?: number | null;
                                    pod_opportunities?: number | null;
                                } & {
                                    [key: string]: number | null;
                                };
                                /** @description The DA with this Transporter ID; null: none yet */
                                driverId: string | null;
                                driverName: string | null;
                                metrics: {
                                    cdf_dpmo?: number | null;
                                    ced?: number | null;
                                    contact_compliance?: number | null;
                                    dcr?: number | null;
                                    delivered?: number | null;
                                    distractions?: number | null;
                                    dnr_dpmo?: number | null;
                                    dsb_dpmo?: number | null;
                                    fico?: number | null;
                                    following_distance?: number | null;
                                    pod?: number | null;
                                    psb?: number | null;
                                    seatbelt?: number | null;
                                    sign_signal?: number | null;
                                    speeding?: number | null;
                                } & {
                                    [key: string]: number | null;
                                };
                                name: string | null;
                                page: number;
                                rank: number | null;
                                text: string;
                                transporterId: string;
                            }[];
                            unknownTransporters: {
                                name: string | null;
                                transporterId: string;
                            }[];
                            unread: {
                                column: string;
                                page: number;
                                reason: string;
                                text: string;
                                transporterId: string | null;
                            }[];
                        };
                        updatedAt: string;
                        uploadedAt: string;
                        /** @description The Sunday of Amazon’s week; null until entered when unread */
                        week: string | null;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putPerformanceDspScorecardsByIdEntries: {
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
                    entries: {
                        "delivery.score"?: number | null;
                        "delivery.tier"?: ("fantastic_plus" | "fantastic" | "great" | "fair" | "poor") | null;
                        overallScore?: number | null;
                        overallStanding?: ("fantastic_plus" | "fantastic" | "great" | "fair" | "poor") | null;
                        "pickup.score"?: number | null;
                        "pickup.tier"?: ("fantastic_plus" | "fantastic" | "great" | "fair" | "poor") | null;
                        "safety.score"?: number | null;
                        "safety.tier"?: ("fantastic_plus" | "fantastic" | "great" | "fair" | "poor") | null;
                        "team.score"?: number | null;
                        "team.tier"?: ("fantastic_plus" | "fantastic" | "great" | "fair" | "poor") | null;
                        week?: string | null;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        das: number;
                        fields: {
                            entry: {
                                at: string;
                                by: string | null;
                                byLabel: string;
                            } | null;
                            /** @enum {string} */
                            key: "week" | "station" | "overallScore" | "overallStanding" | "safety.tier" | "safety.score" | "delivery.tier" | "delivery.score" | "pickup.tier" | "pickup.score" | "team.tier" | "team.score";
                            /** @enum {string} */
                            kind: "week" | "station" | "score" | "standing";
                            label: string;
                            read: {
                                /** @description The text it was read from */
                                text: string;
                                value: string | number;
                                where: string;
                            } | null;
                            required: boolean;
                            source: ("entry" | "pdf") | null;
                            /** @description Why the PDF did not give it */
                            unreadReason: string | null;
                            /** @description In effect: the entry, else what the PDF says; null: neither */
                            value: string | number | null;
                        }[];
                        file: {
                            id: string;
                            url: string;
                        };
                        fileName: string;
                        id: string;
                        label: string | null;
                        overallScore: number | null;
                        overallStanding: string | null;
                        pageCount: number;
                        station: {
                            code: string;
                            id: string;
                            name: string;
                        };
                        /** @enum {string} */
                        status: "needs_entry" | "complete";
                        table: {
                            columns: {
                                column: string | null;
                                header: string;
                            }[];
                            found: boolean;
                            note: string | null;
                            pages: number[];
                            rows: {
                                counts: {
                                    dsb_count?: number | null;
                                    pod_opportunities?: number | null;
                                } & {
                                    [key: string]: number | null;
                                };
                                /** @description The DA with this Transporter ID; null: none yet */
                                driverId: string | null;
                                driverName: string | null;
                                metrics: {
                                    cdf_dpmo?: number | null;
                                    ced?: number | null;
                                    contact_compliance?: number | null;
                                    dcr?: number | null;
                                    delivered?: number | null;
                                    distractions?: number | null;
                                    dnr_dpmo?: number | null;
                                    dsb_dpmo?: number | null;
                                    fico?: number | null;
                                    following_distance?: number | null;
                                    pod?: number | null;
                                    psb?: number | null;
                                    seatbelt?: number | null;
                                    sign_signal?: number | null;
                                    speeding?: number | null;
                                } & {
                                    [key: string]: number | null;
                                };
                                name: string | null;
                                page: number;
                                rank: number | null;
                                text: string;
                                transporterId: string;
                            }[];
                            unknownTransporters: {
                                name: string | null;
                                transporterId: string;
                            }[];
                            unread: {
                                column: string;
                                page: number;
                                reason: string;
                                text: string;
                                transporterId: string | null;
                            }[];
                        };
                        updatedAt: string;
                        uploadedAt: string;
                        /** @description The Sunday of Amazon’s week; null until entered when unread */
                        week: string | null;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPerformanceNeedle: {
        parameters: {
            query: {
                limit?: number;
                stationId: string;
                week?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        end: string;
                        estimate: {
                            basis: string;
                            score: number | null;
                            standing: ("fantastic_plus" | "fantastic" | "great" | "fair" | "poor") | null;
                        };
                        items: {
                            daPoints: number;
                            driverId: string | null;
                            dspPoints: number;
                            id: string;
                            /** @enum {string} */
                            metric: "fico" | "seatbelt" | "speeding" | "distractions" | "sign_signal" | "following_distance" | "cdf_dpmo" | "ced" | "dcr" | "dnr_dpmo" | "dsb_dpmo" | "pod" | "contact_compliance" | "psb" | "delivered";
                            name: string;
                            target: number;
                            /** @enum {string} */
                            targetTier: "fantastic" | "great" | "fair" | "poor";
                            tier: ("fantastic" | "great" | "fair" | "poor") | null;
                            transporterId: string;
                            value: number;
                        }[];
                        /** @description Amazon’s name of the week, e.g. 2026-W48 */
                        label: string;
                        profile: {
                            /** @description null: the default profile */
                            effectiveWeek: string | null;
                            estimate: boolean;
                            name: string;
                        };
                        station: {
                            code: string;
                            id: string;
                            name: string;
                        };
                        /** @description The Sunday the week starts on (Amazon’s Sunday-to-Saturday week) */
                        week: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPerformanceProfile: {
        parameters: {
            query?: {
                week?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        catalogue: {
                            /** @enum {string} */
                            category: "safety" | "delivery" | "pickup" | "volume";
                            /** @enum {string} */
                            direction: "higher" | "lower";
                            /** @enum {string} */
                            key: "fico" | "seatbelt" | "speeding" | "distractions" | "sign_signal" | "following_distance" | "cdf_dpmo" | "ced" | "dcr" | "dnr_dpmo" | "dsb_dpmo" | "pod" | "contact_compliance" | "psb" | "delivered";
                            label: string;
                            unit: string;
                        }[];
                        defaultProfile: {
                            bands: {
                                fair: number;
                                fantastic: number;
                                fantastic_plus: number;
                                great: number;
                            };
                            estimate: boolean;
                            intercept: number;
                            metrics: {
                                cdf_dpmo: {
                                    definition: {
                                        en: string;
                                        es: string;
                                    };
                                    ifNoData: number | null;
                                    scale: number | null;
                                    strict: boolean;
                                    thresholds: {
                                        fair: number | null;
                                        fantastic: number | null;
                                        great: number | null;
                                    };
                                    weight: number;
                                };
                                ced: {
                                    definition: {
                                        en: string;
                                        es: string;
                                    };
                                    ifNoData: number | null;
                                    scale: number | null;
                                    strict: boolean;
                                    thresholds: {
                                        fair: number | null;
                                        fantastic: number | null;
                                        great: number | null;
                                    };
                                    weight: number;
                                };
                                contact_compliance: {
                                    definition: {
                                        en: string;
                                        es: string;
                                    };
                                    ifNoData: number | null;
                                    scale: number | null;
                                    strict: boolean;
                                    thresholds: {
                                        fair: number | null;
                                        fantastic: number | null;
                                        great: number | null;
                                    };
                                    weight: number;
                                };
                                dcr: {
                                    definition: {
                                        en: string;
                                        es: string;
                                    };
                                    ifNoData: number | null;
                                    scale: number | null;
                                    strict: boolean;
                                    thresholds: {
                                        fair: number | null;
                                        fantastic: number | null;
                                        great: number | null;
                                    };
                                    weight: number;
                                };
                                delivered: {
                                    definition: {
                                        en: string;
                                        es: string;
                                    };
                                    ifNoData: number | null;
                                    scale: number | null;
                                    strict: boolean;
                                    thresholds: {
                                        fair: number | null;
                                        fantastic: number | null;
                                        great: number | null;
                                    };
                                    weight: number;
                                };
                                distractions: {
                                    definition: {
                                        en: string;
                                        es: string;
                                    };
                                    ifNoData: number | null;
                                    scale: number | null;
                                    strict: boolean;
                                    thresholds: {
                                        fair: number | null;
                                        fantastic: number | null;
                                        great: number | null;
                                    };
                                    weight: number;
                                };
                                dnr_dpmo: {
                                    definition: {
                                        en: string;
                                        es: string;
                                    };
                                    ifNoData: number | null;
                                    scale: number | null;
                                    strict: boolean;
                                    thresholds: {
                                        fair: number | null;
                                        fantastic: number | null;
                                        great: number | null;
                                    };
                                    weight: number;
                                };
                                dsb_dpmo: {
                                    definition: {
                                        en: string;
                                        es: string;
                                    };
                                    ifNoData: number | null;
                                    scale: number | null;
                                    strict: boolean;
                                    thresholds: {
                                        fair: number | null;
                                        fantastic: number | null;
                                        great: number | null;
                                    };
                                    weight: number;
                                };
                                fico: {
                                    definition: {
                                        en: string;
                                        es: string;
                                    };
                                    ifNoData: number | null;
                                    scale: number | null;
                                    strict: boolean;
                                    thresholds: {
                                        fair: number | null;
                                        fantastic: number | null;
                                        great: number | null;
                                    };
                                    weight: number;
                                };
                                following_distance: {
                                    definition: {
                                        en: string;
                                        es: string;
                                    };
                                    ifNoData: number | null;
                                    scale: number | null;
                                    strict: boolean;
                                    thresholds: {
                                        fair: number | null;
                                        fantastic: number | null;
                                        great: number | null;
                                    };
                                    weight: number;
                                };
                                pod: {
                                    definition: {
                                        en: string;
                                        es: string;
                                    };
                                    ifNoData: number | null;
                                    scale: number | null;
                                    strict: boolean;
                                    thresholds: {
                                        fair: number | null;
                                        fantastic: number | null;
                                        great: number | null;
                                    };
                                    weight: number;
                                };
                                psb: {
                                    definition: {
                                        en: string;
                                        es: string;
                                    };
                                    ifNoData: number | null;
                                    scale: number | null;
                                    strict: boolean;
                                    thresholds: {
                                        fair: number | null;
                                        fantastic: number | null;
                                        great: number | null;
                                    };
                                    weight: number;
                                };
                                seatbelt: {
                                    definition: {
                                        en: string;
                                        es: string;
                                    };
                                    ifNoData: number | null;
                                    scale: number | null;
                                    strict: boolean;
                                    thresholds: {
                                        fair: number | null;
                                        fantastic: number | null;
                                        great: number | null;
                                    };
                                    weight: number;
                                };
                                sign_signal: {
                                    definition: {
                                        en: string;
                                        es: string;
                                    };
                                    ifNoData: number | null;
                                    scale: number | null;
                                    strict: boolean;
                                    thresholds: {
                                        fair: number | null;
                                        fantastic: number | null;
                                        great: number | null;
                                    };
                                    weight: number;
                                };
                                speeding: {
                                    definition: {
                                        en: string;
                                        es: string;
                                    };
                                    ifNoData: number | null;
                                    scale: number | null;
                                    strict: boolean;
                                    thresholds: {
                                        fair: number | null;
                                        fantastic: number | null;
                                        great: number | null;
                                    };
                                    weight: number;
                                };
                            };
                            name: string;
                            poorCaps: {
                                maxPenalty: number;
                                one: number;
                                penaltyPerPoor: number;
                                twoOrMore: number;
                            };
                        };
                        inForce: {
                            effectiveWeek: string | null;
                            profile: {
                                bands: {
                                    fair: number;
                                    fantastic: number;
                                    fantastic_plus: number;
                                    great: number;
                                };
                                estimate: boolean;
                                intercept: number;
                                metrics: {
                                    cdf_dpmo: {
                                        definition: {
                                            en: string;
                                            es: string;
                                        };
                                        ifNoData: number | null;
                                        scale: number | null;
                                        strict: boolean;
                                        thresholds: {
                                            fair: number | null;
                                            fantastic: number | null;
                                            great: number | null;
                                        };
                                        weight: number;
                                    };
                                    ced: {
                                        definition: {
                                            en: string;
                                            es: string;
                                        };
                                        ifNoData: number | null;
                                        scale: number | null;
                                        strict: boolean;
                                        thresholds: {
                                            fair: number | null;
                                            fantastic: number | null;
                                            great: number | null;
                                        };
                                        weight: number;
                                    };
                                    contact_compliance: {
                                        definition: {
                                            en: string;
                                            es: string;
                                        };
                                        ifNoData: number | null;
                                        scale: number | null;
                                        strict: boolean;
                                        thresholds: {
                                            fair: number | null;
                                            fantastic: number | null;
                                            great: number | null;
                                        };
                                        weight: number;
                                    };
                                    dcr: {
                                        definition: {
                                            en: string;
                                            es: string;
                                        };
                                        ifNoData: number | null;
                                        scale: number | null;
                                        strict: boolean;
                                        thresholds: {
                                            fair: number | null;
                                            fantastic: number | null;
                                            great: number | null;
                                        };
                                        weight: number;
                                    };
                                    delivered: {
                                        definition: {
                                            en: string;
                                            es: string;
                                        };
                                        ifNoData: number | null;
                                        scale: number | null;
                                        strict: boolean;
                                        thresholds: {
                                            fair: number | null;
                                            fantastic: number | null;
                                            great: number | null;
                                        };
                                        weight: number;
                                    };
                                    distractions: {
                                        definition: {
                                            en: string;
                                            es: string;
                                        };
                                        ifNoData: number | null;
                                        scale: number | null;
                                        strict: boolean;
                                        thresholds: {
                                            fair: number | null;
                                            fantastic: number | null;
                                            great: number | null;
                                        };
                                        weight: number;
                                    };
                                    dnr_dpmo: {
                                        definition: {
                                            en: string;
                                            es: string;
                                        };
                                        ifNoData: number | null;
                                        scale: number | null;
                                        strict: boolean;
                                        thresholds: {
                                            fair: number | null;
                                            fantastic: number | null;
                                            great: number | null;
                                        };
                                        weight: number;
                                    };
                                    dsb_dpmo: {
                                        definition: {
                                            en: string;
                                            es: string;
                                        };
                                        ifNoData: number | null;
                                        scale: number | null;
                                        strict: boolean;
                                        thresholds: {
                                            fair: number | null;
                                            fantastic: number | null;
                                            great: number | null;
                                        };
                                        weight: number;
                                    };
                                    fico: {
                                        definition: {
                                            en: string;
                                            es: string;
                                        };
                                        ifNoData: number | null;
                                        scale: number | null;
                                        strict: boolean;
                                        thresholds: {
                                            fair: number | null;
                                            fantastic: number | null;
                                            great: number | null;
                                        };
                                        weight: number;
                                    };
                                    following_distance: {
                                        definition: {
                                            en: string;
                                            es: string;
                                        };
                                        ifNoData: number | null;
                                        scale: number | null;
                                        strict: boolean;
                                        thresholds: {
                                            fair: number | null;
                                            fantastic: number | null;
                                            great: number | null;
                                        };
                                        weight: number;
                                    };
                                    pod: {
                                        definition: {
                                            en: string;
                                            es: string;
                                        };
                                        ifNoData: number | null;
                                        scale: number | null;
                                        strict: boolean;
                                        thresholds: {
                                            fair: number | null;
                                            fantastic: number | null;
                                            great: number | null;
                                        };
                                        weight: number;
                                    };
                                    psb: {
                                        definition: {
                                            en: string;
                                            es: string;
                                        };
                                        ifNoData: number | null;
                                        scale: number | null;
                                        strict: boolean;
                                        thresholds: {
                                            fair: number | null;
                                            fantastic: number | null;
                                            great: number | null;
                                        };
                                        weight: number;
                                    };
                                    seatbelt: {
                                        definition: {
                                            en: string;
                                            es: string;
                                        };
                                        ifNoData: number | null;
                                        scale: number | null;
                                        strict: boolean;
                                        thresholds: {
                                            fair: number | null;
                                            fantastic: number | null;
                                            great: number | null;
                                        };
                                        weight: number;
                                    };
                                    sign_signal: {
                                        definition: {
                                            en: string;
                                            es: string;
                                        };
                                        ifNoData: number | null;
                                        scale: number | null;
                                        strict: boolean;
                                        thresholds: {
                                            fair: number | null;
                                            fantastic: number | null;
                                            great: number | null;
                                        };
                                        weight: number;
                                    };
                                    speeding: {
                                        definition: {
                                            en: string;
                                            es: string;
                                        };
                                        ifNoData: number | null;
                                        scale: number | null;
                                        strict: boolean;
                                        thresholds: {
                                            fair: number | null;
                                            fantastic: number | null;
                                            great: number | null;
                                        };
                                        weight: number;
                                    };
                                };
                                name: string;
                                poorCaps: {
                                    maxPenalty: number;
                                    one: number;
                                    penaltyPerPoor: number;
                                    twoOrMore: number;
                                };
                            };
                        };
                        versions: {
                            createdAt: string;
                            createdBy: string | null;
                            effectiveWeek: string;
                        }[];
                        week: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putPerformanceProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    effectiveWeek: string;
                    profile: {
                        bands: {
                            fair: number;
                            fantastic: number;
                            fantastic_plus: number;
                            great: number;
                        };
                        estimate: boolean;
                        intercept: number;
                        metrics: {
                            cdf_dpmo: {
                                definition: {
                                    en: string;
                                    es: string;
                                };
                                ifNoData: number | null;
                                scale: number | null;
                                strict: boolean;
                                thresholds: {
                                    fair: number | null;
                                    fantastic: number | null;
                                    great: number | null;
                                };
                                weight: number;
                            };
                            ced: {
                                definition: {
                                    en: string;
                                    es: string;
                                };
                                ifNoData: number | null;
                                scale: number | null;
                                strict: boolean;
                                thresholds: {
                                    fair: number | null;
                                    fantastic: number | null;
                                    great: number | null;
                                };
                                weight: number;
                            };
                            contact_compliance: {
                                definition: {
                                    en: string;
                                    es: string;
                                };
                                ifNoData: number | null;
                                scale: number | null;
                                strict: boolean;
                                thresholds: {
                                    fair: number | null;
                                    fantastic: number | null;
                                    great: number | null;
                                };
                                weight: number;
                            };
                            dcr: {
                                definition: {
                                    en: string;
                                    es: string;
                                };
                                ifNoData: number | null;
                                scale: number | null;
                                strict: boolean;
                                thresholds: {
                                    fair: number | null;
                                    fantastic: number | null;
                                    great: number | null;
                                };
                                weight: number;
                            };
                            delivered: {
                                definition: {
                                    en: string;
                                    es: string;
                                };
                                ifNoData: number | null;
                                scale: number | null;
                                strict: boolean;
                                thresholds: {
                                    fair: number | null;
                                    fantastic: number | null;
                                    great: number | null;
                                };
                                weight: number;
                            };
                            distractions: {
                                definition: {
                                    en: string;
                                    es: string;
                                };
                                ifNoData: number | null;
                                scale: number | null;
                                strict: boolean;
                                thresholds: {
                                    fair: number | null;
                                    fantastic: number | null;
                                    great: number | null;
                                };
                                weight: number;
                            };
                            dnr_dpmo: {
                                definition: {
                                    en: string;
                                    es: string;
                                };
                                ifNoData: number | null;
                                scale: number | null;
                                strict: boolean;
                                thresholds: {
                                    fair: number | null;
                                    fantastic: number | null;
                                    great: number | null;
                                };
                                weight: number;
                            };
                            dsb_dpmo: {
                                definition: {
                                    en: string;
                                    es: string;
                                };
                                ifNoData: number | null;
                                scale: number | null;
                                strict: boolean;
                                thresholds: {
                                    fair: number | null;
                                    fantastic: number | null;
                                    great: number | null;
                                };
                                weight: number;
                            };
                            fico: {
                                definition: {
                                    en: string;
                                    es: string;
                                };
                                ifNoData: number | null;
                                scale: number | null;
                                strict: boolean;
                                thresholds: {
                                    fair: number | null;
                                    fantastic: number | null;
                                    great: number | null;
                                };
                                weight: number;
                            };
                            following_distance: {
                                definition: {
                                    en: string;
                                    es: string;
                                };
                                ifNoData: number | null;
                                scale: number | null;
                                strict: boolean;
                                thresholds: {
                                    fair: number | null;
                                    fantastic: number | null;
                                    great: number | null;
                                };
                                weight: number;
                            };
                            pod: {
                                definition: {
                                    en: string;
                                    es: string;
                                };
                                ifNoData: number | null;
                                scale: number | null;
                                strict: boolean;
                                thresholds: {
                                    fair: number | null;
                                    fantastic: number | null;
                                    great: number | null;
                                };
                                weight: number;
                            };
                            psb: {
                                definition: {
                                    en: string;
                                    es: string;
                                };
                                ifNoData: number | null;
                                scale: number | null;
                                strict: boolean;
                                thresholds: {
                                    fair: number | null;
                                    fantastic: number | null;
                                    great: number | null;
                                };
                                weight: number;
                            };
                            seatbelt: {
                                definition: {
                                    en: string;
                                    es: string;
                                };
                                ifNoData: number | null;
                                scale: number | null;
                                strict: boolean;
                                thresholds: {
                                    fair: number | null;
                                    fantastic: number | null;
                                    great: number | null;
                                };
                                weight: number;
                            };
                            sign_signal: {
                                definition: {
                                    en: string;
                                    es: string;
                                };
                                ifNoData: number | null;
                                scale: number | null;
                                strict: boolean;
                                thresholds: {
                                    fair: number | null;
                                    fantastic: number | null;
                                    great: number | null;
                                };
                                weight: number;
                            };
                            speeding: {
                                definition: {
                                    en: string;
                                    es: string;
                                };
                                ifNoData: number | null;
                                scale: number | null;
                                strict: boolean;
                                thresholds: {
                                    fair: number | null;
                                    fantastic: number | null;
                                    great: number | null;
                                };
                                weight: number;
                            };
                        };
                        name: string;
                        poorCaps: {
                            maxPenalty: number;
                            one: number;
                            penaltyPerPoor: number;
                            twoOrMore: number;
                        };
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        effectiveWeek: string;
                        profile: {
                            bands: {
                                fair: number;
                                fantastic: number;
                                fantastic_plus: number;
                                great: number;
                            };
                            estimate: boolean;
                            intercept: number;
                            metrics: {
                                cdf_dpmo: {
                                    definition: {
                                        en: string;
                                        es: string;
                                    };
                                    ifNoData: number | null;
                                    scale: number | null;
                                    strict: boolean;
                                    thresholds: {
                                        fair: number | null;
                                        fantastic: number | null;
                                        great: number | null;
                                    };
                                    weight: number;
                                };
                                ced: {
                                    definition: {
                                        en: string;
                                        es: string;
                                    };
                                    ifNoData: number | null;
                                    scale: number | null;
                                    strict: boolean;
                                    thresholds: {
                                        fair: number | null;
                                        fantastic: number | null;
                                        great: number | null;
                                    };
                                    weight: number;
                                };
                                contact_compliance: {
                                    definition: {
                                        en: string;
                                        es: string;
                                    };
                                    ifNoData: number | null;
                                    scale: number | null;
                                    strict: boolean;
                                    thresholds: {
                                        fair: number | null;
                                        fantastic: number | null;
                                        great: number | null;
                                    };
                                    weight: number;
                                };
                                dcr: {
                                    definition: {
                                        en: string;
                                        es: string;
                                    };
                                    ifNoData: number | null;
                                    scale: number | null;
                                    strict: boolean;
                                    thresholds: {
                                        fair: number | null;
                                        fantastic: number | null;
                                        great: number | null;
                                    };
                                    weight: number;
                                };
                                delivered: {
                                    definition: {
                                        en: string;
                                        es: string;
                                    };
                                    ifNoData: number | null;
                                    scale: number | null;
                                    strict: boolean;
                                    thresholds: {
                                        fair: number | null;
                                        fantastic: number | null;
                                        great: number | null;
                                    };
                                    weight: number;
                                };
                                distractions: {
                                    definition: {
                                        en: string;
                                        es: string;
                                    };
                                    ifNoData: number | null;
                                    scale: number | null;
                                    strict: boolean;
                                    thresholds: {
                                        fair: number | null;
                                        fantastic: number | null;
                                        great: number | null;
                                    };
                                    weight: number;
                                };
                                dnr_dpmo: {
                                    definition: {
                                        en: string;
                                        es: string;
                                    };
                                    ifNoData: number | null;
                                    scale: number | null;
                                    strict: boolean;
                                    thresholds: {
                                        fair: number | null;
                                        fantastic: number | null;
                                        great: number | null;
                                    };
                                    weight: number;
                                };
                                dsb_dpmo: {
                                    definition: {
                                        en: string;
                                        es: string;
                                    };
                                    ifNoData: number | null;
                                    scale: number | null;
                                    strict: boolean;
                                    thresholds: {
                                        fair: number | null;
                                        fantastic: number | null;
                                        great: number | null;
                                    };
                                    weight: number;
                                };
                                fico: {
                                    definition: {
                                        en: string;
                                        es: string;
                                    };
                                    ifNoData: number | null;
                                    scale: number | null;
                                    strict: boolean;
                                    thresholds: {
                                        fair: number | null;
                                        fantastic: number | null;
                                        great: number | null;
                                    };
                                    weight: number;
                                };
                                following_distance: {
                                    definition: {
                                        en: string;
                                        es: string;
                                    };
                                    ifNoData: number | null;
                                    scale: number | null;
                                    strict: boolean;
                                    thresholds: {
                                        fair: number | null;
                                        fantastic: number | null;
                                        great: number | null;
                                    };
                                    weight: number;
                                };
                                pod: {
                                    definition: {
                                        en: string;
                                        es: string;
                                    };
                                    ifNoData: number | null;
                                    scale: number | null;
                                    strict: boolean;
                                    thresholds: {
                                        fair: number | null;
                                        fantastic: number | null;
                                        great: number | null;
                                    };
                                    weight: number;
                                };
                                psb: {
                                    definition: {
                                        en: string;
                                        es: string;
                                    };
                                    ifNoData: number | null;
                                    scale: number | null;
                                    strict: boolean;
                                    thresholds: {
                                        fair: number | null;
                                        fantastic: number | null;
                                        great: number | null;
                                    };
                                    weight: number;
                                };
                                seatbelt: {
                                    definition: {
                                        en: string;
                                        es: string;
                                    };
                                    ifNoData: number | null;
                                    scale: number | null;
                                    strict: boolean;
                                    thresholds: {
                                        fair: number | null;
                                        fantastic: number | null;
                                        great: number | null;
                                    };
                                    weight: number;
                                };
                                sign_signal: {
                                    definition: {
                                        en: string;
                                        es: string;
                                    };
                                    ifNoData: number | null;
                                    scale: number | null;
                                    strict: boolean;
                                    thresholds: {
                                        fair: number | null;
                                        fantastic: number | null;
                                        great: number | null;
                                    };
                                    weight: number;
                                };
                                speeding: {
                                    definition: {
                                        en: string;
                                        es: string;
                                    };
                                    ifNoData: number | null;
                                    scale: number | null;
                                    strict: boolean;
                                    thresholds: {
                                        fair: number | null;
                                        fantastic: number | null;
                                        great: number | null;
                                    };
                                    weight: number;
                                };
                            };
                            name: string;
                            poorCaps: {
                                maxPenalty: number;
                                one: number;
                                penaltyPerPoor: number;
                                twoOrMore: number;
                            };
                        };
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPerformanceProfileFit: {
        parameters: {
            query?: {
                week?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Against Amazon’s scores of the weeks held out of the fit */
                        after: {
                            /** @description DA weeks where both Amazon’s score and ours are known */
                            das: number;
                            /** @description Mean absolute difference from Amazon’s score, in points */
                            meanAbsError: number | null;
                            /** @description Share of those weeks with Amazon’s standing, 0–1 */
                            standingAgreement: number | null;
                        };
                        base: {
                            effectiveWeek: string | null;
                            name: string;
                        };
                        /** @description Against Amazon’s scores of the weeks held out of the fit */
                        before: {
                            /** @description DA weeks where both Amazon’s score and ours are known */
                            das: number;
                            /** @description Mean absolute difference from Amazon’s score, in points */
                            meanAbsError: number | null;
                            /** @description Share of those weeks with Amazon’s standing, 0–1 */
                            standingAgreement: number | null;
                        };
                        /** @description DA weeks fitted (Amazon’s score known and not capped by a Poor metric) */
                        das: number;
                        /** @description The weeks the weights were fitted to, oldest first */
                        fittedWeeks: {
                            end: string;
                            /** @description Amazon’s name of the week, e.g. 2026-W48 */
                            label: string;
                            /** @description The Sunday the week starts on (Amazon’s Sunday-to-Saturday week) */
                            week: string;
                        }[];
                        /** @description The newest weeks, held out of the fit to measure it */
                        heldOutWeeks: {
                            end: string;
                            /** @description Amazon’s name of the week, e.g. 2026-W48 */
                            label: string;
                            /** @description The Sunday the week starts on (Amazon’s Sunday-to-Saturday week) */
                            week: string;
                        }[];
                        notes: {
                            /** @enum {string} */
                            key: "fico" | "seatbelt" | "speeding" | "distractions" | "sign_signal" | "following_distance" | "cdf_dpmo" | "ced" | "dcr" | "dnr_dpmo" | "dsb_dpmo" | "pod" | "contact_compliance" | "psb" | "delivered";
                            weight: number;
                            words: string;
                        }[];
                        /** @description Offered as a new version; null: too few weeks */
                        profile: {
                            bands: {
                                fair: number;
                                fantastic: number;
                                fantastic_plus: number;
                                great: number;
                            };
                            estimate: boolean;
                            intercept: number;
                            metrics: {
                                cdf_dpmo: {
                                    definition: {
                                        en: string;
                                        es: string;
                                    };
                                    ifNoData: number | null;
                                    scale: number | null;
                                    strict: boolean;
                                    thresholds: {
                                        fair: number | null;
                                        fantastic: number | null;
                                        great: number | null;
                                    };
                                    weight: number;
                                };
                                ced: {
                                    definition: {
                                        en: string;
                                        es: string;
                                    };
                                    ifNoData: number | null;
                                    scale: number | null;
                                    strict: boolean;
                                    thresholds: {
                                        fair: number | null;
                                        fantastic: number | null;
                                        great: number | null;
                                    };
                                    weight: number;
                                };
                                contact_compliance: {
                                    definition: {
                                        en: string;
                                        es: string;
                                    };
                                    ifNoData: number | null;
                                    scale: number | null;
                                    strict: boolean;
                                    thresholds: {
                                        fair: number | null;
                                        fantastic: number | null;
                                        great: number | null;
                                    };
                                    weight: number;
                                };
                                dcr: {
                                    definition: {
                                        en: string;
                                        es: string;
                                    };
                                    ifNoData: number | null;
                                    scale: number | null;
                                    strict: boolean;
                                    thresholds: {
                                        fair: number | null;
                                        fantastic: number | null;
                                        great: number | null;
                                    };
                                    weight: number;
                                };
                                delivered: {
                                    definition: {
                                        en: string;
                                        es: string;
                                    };
                                    ifNoData: number | null;
                                    scale: number | null;
                                    strict: boolean;
                                    thresholds: {
                                        fair: number | null;
                                        fantastic: number | null;
                                        great: number | null;
                                    };
                                    weight: number;
                                };
                                distractions: {
                                    definition: {
                                        en: string;
                                        es: string;
                                    };
                                    ifNoData: number | null;
                                    scale: number | null;
                                    strict: boolean;
                                    thresholds: {
                                        fair: number | null;
                                        fantastic: number | null;
                                        great: number | null;
                                    };
                                    weight: number;
                                };
                                dnr_dpmo: {
                                    definition: {
                                        en: string;
                                        es: string;
                                    };
                                    ifNoData: number | null;
                                    scale: number | null;
                                    strict: boolean;
                                    thresholds: {
                                        fair: number | null;
                                        fantastic: number | null;
                                        great: number | null;
                                    };
                                    weight: number;
                                };
                                dsb_dpmo: {
                                    definition: {
                                        en: string;
                                        es: string;
                                    };
                                    ifNoData: number | null;
                                    scale: number | null;
                                    strict: boolean;
                                    thresholds: {
                                        fair: number | null;
                                        fantastic: number | null;
                                        great: number | null;
                                    };
                                    weight: number;
                                };
                                fico: {
                                    definition: {
                                        en: string;
                                        es: string;
                                    };
                                    ifNoData: number | null;
                                    scale: number | null;
                                    strict: boolean;
                                    thresholds: {
                                        fair: number | null;
                                        fantastic: number | null;
                                        great: number | null;
                                    };
                                    weight: number;
                                };
                                following_distance: {
                                    definition: {
                                        en: string;
                                        es: string;
                                    };
                                    ifNoData: number | null;
                                    scale: number | null;
                                    strict: boolean;
                                    thresholds: {
                                        fair: number | null;
                                        fantastic: number | null;
                                        great: number | null;
                                    };
                                    weight: number;
                                };
                                pod: {
                                    definition: {
                                        en: string;
                                        es: string;
                                    };
                                    ifNoData: number | null;
                                    scale: number | null;
                                    strict: boolean;
                                    thresholds: {
                                        fair: number | null;
                                        fantastic: number | null;
                                        great: number | null;
                                    };
                                    weight: number;
                                };
                                psb: {
                                    definition: {
                                        en: string;
                                        es: string;
                                    };
                                    ifNoData: number | null;
                                    scale: number | null;
                                    strict: boolean;
                                    thresholds: {
                                        fair: number | null;
                                        fantastic: number | null;
                                        great: number | null;
                                    };
                                    weight: number;
                                };
                                seatbelt: {
                                    definition: {
                                        en: string;
                                        es: string;
                                    };
                                    ifNoData: number | null;
                                    scale: number | null;
                                    strict: boolean;
                                    thresholds: {
                                        fair: number | null;
                                        fantastic: number | null;
                                        great: number | null;
                                    };
                                    weight: number;
                                };
                                sign_signal: {
                                    definition: {
                                        en: string;
                                        es: string;
                                    };
                                    ifNoData: number | null;
                                    scale: number | null;
                                    strict: boolean;
                                    thresholds: {
                                        fair: number | null;
                                        fantastic: number | null;
                                        great: number | null;
                                    };
                                    weight: number;
                                };
                                speeding: {
                                    definition: {
                                        en: string;
                                        es: string;
                                    };
                                    ifNoData: number | null;
                                    scale: number | null;
                                    strict: boolean;
                                    thresholds: {
                                        fair: number | null;
                                        fantastic: number | null;
                                        great: number | null;
                                    };
                                    weight: number;
                                };
                            };
                            name: string;
                            poorCaps: {
                                maxPenalty: number;
                                one: number;
                                penaltyPerPoor: number;
                                twoOrMore: number;
                            };
                        } | null;
                        /** @description The Sunday a saved version would take effect from, by default */
                        suggestedWeek: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPerformanceScorecard: {
        parameters: {
            query: {
                stationId: string;
                week?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Amazon’s own overall for the DSP’s week, from its scorecard PDF; null: none uploaded */
                        amazon: {
                            score: number | null;
                            scorecardId: string;
                            standing: string | null;
                            /** @enum {string} */
                            status: "needs_entry" | "complete";
                        } | null;
                        categories: {
                            /** @enum {string} */
                            category: "safety" | "delivery" | "pickup" | "volume";
                            label: string;
                            metrics: {
                                amazonTiers: {
                                    [key: string]: number;
                                };
                                das: number;
                                /** @enum {string} */
                                key: "fico" | "seatbelt" | "speeding" | "distractions" | "sign_signal" | "following_distance" | "cdf_dpmo" | "ced" | "dcr" | "dnr_dpmo" | "dsb_dpmo" | "pod" | "contact_compliance" | "psb" | "delivered";
                                ourTiers: {
                                    [key: string]: number;
                                };
                                tier: ("fantastic" | "great" | "fair" | "poor") | null;
                                value: number | null;
                            }[];
                        }[];
                        das: number;
                        end: string;
                        estimate: {
                            basis: string;
                            score: number | null;
                            standing: ("fantastic_plus" | "fantastic" | "great" | "fair" | "poor") | null;
                        };
                        /** @description Amazon’s name of the week, e.g. 2026-W48 */
                        label: string;
                        profile: {
                            /** @description null: the default profile */
                            effectiveWeek: string | null;
                            estimate: boolean;
                            name: string;
                        };
                        station: {
                            code: string;
                            id: string;
                            name: string;
                        };
                        /** @description The Sunday the week starts on (Amazon’s Sunday-to-Saturday week) */
                        week: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPerformanceUnknownTransporters: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            firstSeen: string;
                            holder: {
                                id: string;
                                name: string;
                            } | null;
                            lastSeen: string;
                            name: string | null;
                            rows: number;
                            stationIds: string[];
                            stations: string[];
                            transporterId: string;
                        }[];
                    };
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postPerformanceUnknownTransportersByTransporterIdLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                transporterId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    driverId: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        driverId: string;
                        rows: {
                            customerFeedback: number;
                            daWeeks: number;
                            safetyEvents: number;
                        };
                        transporterId: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPerformanceUnknownTransportersCount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ids: number;
                        rows: number;
                    };
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPerformanceWeek: {
        parameters: {
            query: {
                stationId: string;
                week?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description How far our estimate was from Amazon’s own figures over the weeks shown */
                        accuracy: {
                            /** @description DA weeks where both Amazon’s score and ours are known */
                            das: number;
                            /** @description Mean absolute difference from Amazon’s score, in points */
                            meanAbsError: number | null;
                            /** @description Share of those weeks with Amazon’s standing, 0–1 */
                            standingAgreement: number | null;
                        };
                        das: {
                            /** @description Amazon’s figures as its file gives them */
                            amazon: {
                                score: number | null;
                                scores: {
                                    cdf_dpmo?: number | null;
                                    ced?: number | null;
                                    contact_compliance?: number | null;
                                    dcr?: number | null;
                                    delivered?: number | null;
                                    distractions?: number | null;
                                    dnr_dpmo?: number | null;
                                    dsb_dpmo?: number | null;
                                    fico?: number | null;
                                    following_distance?: number | null;
                                    pod?: number | null;
                                    psb?: number | null;
                                    seatbelt?: number | null;
                                    sign_signal?: number | null;
                                    speeding?: number | null;
                                } & {
                                    [key: string]: number | null;
                                };
                                standing: string | null;
                                tiers: {
                                    cdf_dpmo?: string | null;
                                    ced?: string | null;
                                    contact_compliance?: string | null;
                                    dcr?: string | null;
                                    delivered?: string | null;
                                    distractions?: string | null;
                                    dnr_dpmo?: string | null;
                                    dsb_dpmo?: string | null;
                                    fico?: string | null;
                                    following_distance?: string | null;
                                    pod?: string | null;
                                    psb?: string | null;
                                    seatbelt?: string | null;
                                    sign_signal?: string | null;
                                    speeding?: string | null;
                                } & {
                                    [key: string]: string | null;
                                };
                            };
                            driverId: string | null;
                            feedback: number;
                            id: string;
                            metrics: {
                                cdf_dpmo: number | null;
                                ced: number | null;
                                contact_compliance: number | null;
                                dcr: number | null;
                                delivered: number | null;
                                distractions: number | null;
                                dnr_dpmo: number | null;
                                dsb_dpmo: number | null;
                                fico: number | null;
                                following_distance: number | null;
                                pod: number | null;
                                psb: number | null;
                                seatbelt: number | null;
                                sign_signal: number | null;
                                speeding: number | null;
                            } & {
                                [key: string]: number | null;
                            };
                            name: string;
                            poorCount: number;
                            rank: number | null;
                            safetyEvents: number;
                            /** @description Our estimate under the profile, 0–100 */
                            score: number | null;
                            standing: ("fantastic_plus" | "fantastic" | "great" | "fair" | "poor") | null;
                            tiers: {
                                cdf_dpmo: ("fantastic" | "great" | "fair" | "poor") | null;
                                ced: ("fantastic" | "great" | "fair" | "poor") | null;
                                contact_compliance: ("fantastic" | "great" | "fair" | "poor") | null;
                                dcr: ("fantastic" | "great" | "fair" | "poor") | null;
                                delivered: ("fantastic" | "great" | "fair" | "poor") | null;
                                distractions: ("fantastic" | "great" | "fair" | "poor") | null;
                                dnr_dpmo: ("fantastic" | "great" | "fair" | "poor") | null;
                                dsb_dpmo: ("fantastic" | "great" | "fair" | "poor") | null;
                                fico: ("fantastic" | "great" | "fair" | "poor") | null;
                                following_distance: ("fantastic" | "great" | "fair" | "poor") | null;
                                pod: ("fantastic" | "great" | "fair" | "poor") | null;
                                psb: ("fantastic" | "great" | "fair" | "poor") | null;
                                seatbelt: ("fantastic" | "great" | "fair" | "poor") | null;
                                sign_signal: ("fantastic" | "great" | "fair" | "poor") | null;
                                speeding: ("fantastic" | "great" | "fair" | "poor") | null;
                            } & {
                                [key: string]: ("fantastic" | "great" | "fair" | "poor") | null;
                            };
                            transporterId: string;
                            /** @description Our score over 12 weeks, oldest first */
                            trend: (number | null)[];
                        }[];
                        end: string;
                        /** @description Amazon’s name of the week, e.g. 2026-W48 */
                        label: string;
                        profile: {
                            bands: {
                                fair: number;
                                fantastic: number;
                                fantastic_plus: number;
                                great: number;
                            };
                            /** @description null: the default profile */
                            effectiveWeek: string | null;
                            estimate: boolean;
                            /** @description Each metric’s Fantastic threshold */
                            goals: {
                                cdf_dpmo: number | null;
                                ced: number | null;
                                contact_compliance: number | null;
                                dcr: number | null;
                                delivered: number | null;
                                distractions: number | null;
                                dnr_dpmo: number | null;
                                dsb_dpmo: number | null;
                                fico: number | null;
                                following_distance: number | null;
                                pod: number | null;
                                psb: number | null;
                                seatbelt: number | null;
                                sign_signal: number | null;
                                speeding: number | null;
                            } & {
                                [key: string]: number | null;
                            };
                            name: string;
                        };
                        station: {
                            code: string;
                            id: string;
                            name: string;
                        };
                        /** @description The Sunday the week starts on (Amazon’s Sunday-to-Saturday week) */
                        week: string;
                        weeks: {
                            end: string;
                            /** @description Amazon’s name of the week, e.g. 2026-W48 */
                            label: string;
                            /** @description The Sunday the week starts on (Amazon’s Sunday-to-Saturday week) */
                            week: string;
                        }[];
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReadiness: {
        parameters: {
            query: {
                date?: string;
                stationId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        date: string;
                        drivers: {
                            cleared: boolean;
                            driver: {
                                firstName: string;
                                id: string;
                                lastName: string;
                                transporterId: string | null;
                            };
                            reasons: string[];
                            vanTypes: ("edv" | "cdv" | "step_van" | "rental")[];
                            warnings: string[];
                        }[];
                        station: {
                            code: string;
                            id: string;
                            name: string;
                            timeZone: string;
                        };
                        summary: {
                            clearedDrivers: number;
                            dispatchableVans: number;
                            notClearedDrivers: number;
                            vans: {
                                grounded: number;
                                in_shop: number;
                                inspection_missing: number;
                                maintenance_due: number;
                                ready: number;
                                returned: number;
                            } & {
                                [key: string]: number;
                            };
                        };
                        vans: {
                            dispatchable: boolean;
                            reasons: string[];
                            /** @enum {string} */
                            state: "ready" | "inspection_missing" | "maintenance_due" | "grounded" | "in_shop" | "returned";
                            van: {
                                fleetNumber: string;
                                id: string;
                                odometerMiles: number | null;
                                /** @enum {string} */
                                status: "active" | "grounded" | "in_shop" | "returned";
                                /** @enum {string} */
                                vanType: "edv" | "cdv" | "step_van" | "rental";
                            };
                        }[];
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getScheduleRules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        maxConsecutiveDays: number;
                        maxDayMinutes: number;
                        maxDaysPerWeek: number;
                        maxSevenDayMinutes: number;
                        maxWeekMinutes: number;
                        maxWeekMinutesWithOvertime: number;
                        minRestMinutes: number;
                        overtimeAllowed: boolean;
                        standbyCoverageTarget: number;
                    };
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putScheduleRules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    maxConsecutiveDays: number;
                    maxDayMinutes: number;
                    maxDaysPerWeek: number;
                    maxSevenDayMinutes: number;
                    maxWeekMinutes: number;
                    maxWeekMinutesWithOvertime: number;
                    minRestMinutes: number;
                    overtimeAllowed: boolean;
                    standbyCoverageTarget: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        maxConsecutiveDays: number;
                        maxDayMinutes: number;
                        maxDaysPerWeek: number;
                        maxSevenDayMinutes: number;
                        maxWeekMinutes: number;
                        maxWeekMinutesWithOvertime: number;
                        minRestMinutes: number;
                        overtimeAllowed: boolean;
                        standbyCoverageTarget: number;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putScheduleShifts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    date: string;
                    driverId: string;
                    /** @enum {string} */
                    kind: "route" | "standby" | "training" | "rescue" | "office";
                    minutes: number;
                    note?: string | null;
                    startTime: string;
                    stationId: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        shift: {
                            attendanceEventId: string | null;
                            checkedInAt: string | null;
                            confirmedAt: string | null;
                            date: string;
                            driverId: string;
                            id: string;
                            /** @enum {string} */
                            kind: "route" | "standby" | "training" | "rescue" | "office";
                            minutes: number;
                            note: string | null;
                            publishedAt: string | null;
                            source: string;
                            startTime: string;
                            stationId: string;
                            /** @enum {string} */
                            status: "scheduled" | "called_out" | "no_show";
                            updatedAt: string;
                        };
                        warnings: string[];
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteScheduleShiftsById: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getScheduleTimeOff: {
        parameters: {
            query?: {
                from?: string;
                stationId?: string;
                status?: "pending" | "approved" | "denied" | "cancelled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            decidedAt: string | null;
                            decidedBy: string | null;
                            decisionNote: string | null;
                            driver: {
                                firstName: string;
                                homeStationId: string;
                                id: string;
                                lastName: string;
                            };
                            driverId: string;
                            firstDate: string;
                            id: string;
                            lastDate: string;
                            reason: string | null;
                            requestedAt: string;
                            requestedBy: string;
                            /** @enum {string} */
                            status: "pending" | "approved" | "denied" | "cancelled";
                        }[];
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postScheduleTimeOffByIdDecide: {
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
                    approve: boolean;
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        request: {
                            decidedAt: string | null;
                            decidedBy: string | null;
                            decisionNote: string | null;
                            driverId: string;
                            firstDate: string;
                            id: string;
                            lastDate: string;
                            reason: string | null;
                            requestedAt: string;
                            requestedBy: string;
                            /** @enum {string} */
                            status: "pending" | "approved" | "denied" | "cancelled";
                        };
                        shiftsRemoved: {
                            date: string;
                            kind: string;
                        }[];
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getScheduleWeek: {
        parameters: {
            query: {
                date?: string;
                stationId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        dates: string[];
                        days: {
                            date: string;
                            demand: {
                                routes: number;
                                standbys: number;
                            };
                            routesKnown: number;
                            scheduled: {
                                calledOut: number;
                                other: number;
                                route: number;
                                standby: number;
                            };
                            short: {
                                routes: number;
                                standbys: number;
                            };
                            standby: {
                                coverage: number;
                                coverageWithRecommended: number;
                                date: string;
                                expectedMisses: number;
                                missRate: number;
                                recommendedStandbys: number;
                                routeDas: number;
                                routes: number;
                                standbys: number;
                            };
                        }[];
                        demand: {
                            days: {
                                routes: number;
                                standbys: number;
                            }[];
                            routeMinutes: number;
                            standbyMinutes: number;
                            startTime: string;
                        };
                        drivers: {
                            days: {
                                availability: {
                                    available: boolean;
                                    cause: ("time_off" | "exception" | "pattern") | null;
                                    preferred: boolean;
                                    reason: string | null;
                                    timeOffPending: boolean;
                                };
                                clearance: {
                                    cleared: boolean;
                                    reasons: string[];
                                    vanTypes: string[];
                                };
                                date: string;
                                shift: {
                                    attendanceEventId: string | null;
                                    checkedInAt: string | null;
                                    confirmedAt: string | null;
                                    date: string;
                                    driverId: string;
                                    id: string;
                                    /** @enum {string} */
                                    kind: "route" | "standby" | "training" | "rescue" | "office";
                                    minutes: number;
                                    note: string | null;
                                    publishedAt: string | null;
                                    source: string;
                                    startTime: string;
                                    stationId: string;
                                    /** @enum {string} */
                                    status: "scheduled" | "called_out" | "no_show";
                                    updatedAt: string;
                                } | null;
                            }[];
                            driver: {
                                firstName: string;
                                id: string;
                                lastName: string;
                                status: string;
                                vanTypes: string[];
                            };
                            scheduledDays: number;
                            scheduledMinutes: number;
                            wantsDays: number;
                        }[];
                        published: {
                            at: string;
                            by: string | null;
                        } | null;
                        rules: {
                            maxConsecutiveDays: number;
                            maxDayMinutes: number;
                            maxDaysPerWeek: number;
                            maxSevenDayMinutes: number;
                            maxWeekMinutes: number;
                            maxWeekMinutesWithOvertime: number;
                            minRestMinutes: number;
                            overtimeAllowed: boolean;
                            standbyCoverageTarget: number;
                        };
                        station: {
                            code: string;
                            id: string;
                            name: string;
                            timeZone: string;
                        };
                        unpublishedShifts: number;
                        weekStart: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postScheduleWeekAuto: {
        parameters: {
            query: {
                date?: string;
                stationId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        daGaps: {
                            das: {
                                driverId: string;
                                name: string;
                            }[];
                            message: string;
                        }[];
                        dayGaps: {
                            date: string;
                            message: string;
                        }[];
                        gap: number;
                        shiftsCreated: number;
                        shiftsRemoved: number;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putScheduleWeekDemand: {
        parameters: {
            query: {
                date?: string;
                stationId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    days: {
                        routes: number;
                        standbys: number;
                    }[];
                    routeMinutes: number;
                    standbyMinutes: number;
                    startTime: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        days: {
                            routes: number;
                            standbys: number;
                        }[];
                        routeMinutes: number;
                        standbyMinutes: number;
                        startTime: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postScheduleWeekPublish: {
        parameters: {
            query: {
                date?: string;
                stationId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        dasNotified: number;
                        publishedAt: string;
                        shiftsPublished: number;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getStations: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            code: string;
                            createdAt: string;
                            id: string;
                            name: string;
                            state: string;
                            timeZone: string;
                            updatedAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postStations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    name: string;
                    state: string;
                    timeZone: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        createdAt: string;
                        id: string;
                        name: string;
                        state: string;
                        timeZone: string;
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getStationsById: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        createdAt: string;
                        id: string;
                        name: string;
                        state: string;
                        timeZone: string;
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchStationsById: {
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
                    name?: string;
                    state?: string;
                    timeZone?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        createdAt: string;
                        id: string;
                        name: string;
                        state: string;
                        timeZone: string;
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            createdAt: string;
                            createdBy: string | null;
                            id: string;
                            lastUsedAt: string | null;
                            name: string;
                            revokedAt: string | null;
                            /** @enum {string} */
                            role: "owner" | "manager" | "dispatcher";
                        }[];
                    };
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @enum {string} */
                    role: "owner" | "manager" | "dispatcher";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        secret: string;
                        token: {
                            createdAt: string;
                            createdBy: string | null;
                            id: string;
                            lastUsedAt: string | null;
                            name: string;
                            revokedAt: string | null;
                            /** @enum {string} */
                            role: "owner" | "manager" | "dispatcher";
                        };
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteTokensById: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getUsers: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                role?: "owner" | "manager" | "dispatcher" | "driver";
                stationId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            createdAt: string;
                            email: string;
                            id: string;
                            name: string;
                            /** @enum {string} */
                            role: "owner" | "manager" | "dispatcher" | "driver";
                            stationIds: string[] | null;
                            /** @enum {string} */
                            status: "active" | "disabled";
                            totpEnabled: boolean;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    name: string;
                    /** @enum {string} */
                    role: "owner" | "manager" | "dispatcher" | "driver";
                    stationIds?: string[] | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        invitation: {
                            createdAt: string;
                            email: string;
                            expiresAt: string;
                            id: string;
                            name: string;
                            /** @enum {string} */
                            role: "owner" | "manager" | "dispatcher" | "driver";
                            stationIds: string[] | null;
                        };
                        oneTimePassword: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteUsersById: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchUsersById: {
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
                    name?: string;
                    /** @enum {string} */
                    role?: "owner" | "manager" | "dispatcher" | "driver";
                    stationIds?: string[] | null;
                    /** @enum {string} */
                    status?: "active" | "disabled";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        email: string;
                        id: string;
                        name: string;
                        /** @enum {string} */
                        role: "owner" | "manager" | "dispatcher" | "driver";
                        stationIds: string[] | null;
                        /** @enum {string} */
                        status: "active" | "disabled";
                        totpEnabled: boolean;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postUsersByIdResetPassword: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        oneTimePassword: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getVans: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                q?: string;
                stationId?: string;
                status?: "active" | "grounded" | "in_shop" | "returned";
                vanType?: "edv" | "cdv" | "step_van" | "rental";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            cameraId: string | null;
                            createdAt: string;
                            fleetNumber: string;
                            id: string;
                            lessor: string | null;
                            maintenance: {
                                dueSoon: number;
                                overdue: number;
                            };
                            make: string | null;
                            model: string | null;
                            monthlyRateCents: number | null;
                            odometerAt: string | null;
                            odometerMiles: number | null;
                            /** @enum {string} */
                            ownership: "amazon_fleet" | "leased" | "rental" | "owned";
                            ownershipEnd: string | null;
                            ownershipStart: string | null;
                            plate: string | null;
                            plateState: string | null;
                            stationId: string;
                            /** @enum {string} */
                            status: "active" | "grounded" | "in_shop" | "returned";
                            statusReason: string | null;
                            statusSince: string;
                            telematicsId: string | null;
                            updatedAt: string;
                            /** @enum {string} */
                            vanType: "edv" | "cdv" | "step_van" | "rental";
                            vin: string;
                            year: number | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postVans: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    cameraId?: string | null;
                    fleetNumber: string;
                    lessor?: string | null;
                    make?: string | null;
                    model?: string | null;
                    monthlyRateCents?: number | null;
                    odometerMiles?: number | null;
                    /** @enum {string} */
                    ownership: "amazon_fleet" | "leased" | "rental" | "owned";
                    ownershipEnd?: string | null;
                    ownershipStart?: string | null;
                    plate?: string | null;
                    plateState?: string | null;
                    stationId: string;
                    telematicsId?: string | null;
                    /** @enum {string} */
                    vanType: "edv" | "cdv" | "step_van" | "rental";
                    vin: string;
                    year?: number | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cameraId: string | null;
                        createdAt: string;
                        fleetNumber: string;
                        id: string;
                        lessor: string | null;
                        maintenance: {
                            dueSoon: number;
                            overdue: number;
                        };
                        make: string | null;
                        model: string | null;
                        monthlyRateCents: number | null;
                        odometerAt: string | null;
                        odometerMiles: number | null;
                        /** @enum {string} */
                        ownership: "amazon_fleet" | "leased" | "rental" | "owned";
                        ownershipEnd: string | null;
                        ownershipStart: string | null;
                        plate: string | null;
                        plateState: string | null;
                        stationId: string;
                        /** @enum {string} */
                        status: "active" | "grounded" | "in_shop" | "returned";
                        statusReason: string | null;
                        statusSince: string;
                        telematicsId: string | null;
                        updatedAt: string;
                        /** @enum {string} */
                        vanType: "edv" | "cdv" | "step_van" | "rental";
                        vin: string;
                        year: number | null;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getVansById: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cameraId: string | null;
                        createdAt: string;
                        fleetNumber: string;
                        id: string;
                        lessor: string | null;
                        maintenance: {
                            dueSoon: number;
                            overdue: number;
                        };
                        make: string | null;
                        model: string | null;
                        monthlyRateCents: number | null;
                        odometerAt: string | null;
                        odometerMiles: number | null;
                        /** @enum {string} */
                        ownership: "amazon_fleet" | "leased" | "rental" | "owned";
                        ownershipEnd: string | null;
                        ownershipStart: string | null;
                        plate: string | null;
                        plateState: string | null;
                        stationId: string;
                        /** @enum {string} */
                        status: "active" | "grounded" | "in_shop" | "returned";
                        statusHistory: {
                            at: string;
                            changedBy: string;
                            reason: string | null;
                            source: ("manual" | "inspection" | "damage" | "maintenance" | "import") | string;
                            /** @enum {string} */
                            status: "active" | "grounded" | "in_shop" | "returned";
                        }[];
                        statusReason: string | null;
                        statusSince: string;
                        telematicsId: string | null;
                        updatedAt: string;
                        /** @enum {string} */
                        vanType: "edv" | "cdv" | "step_van" | "rental";
                        vin: string;
                        year: number | null;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchVansById: {
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
                    cameraId?: string | null;
                    fleetNumber?: string;
                    lessor?: string | null;
                    make?: string | null;
                    model?: string | null;
                    monthlyRateCents?: number | null;
                    odometerMiles?: number | null;
                    /** @enum {string} */
                    ownership?: "amazon_fleet" | "leased" | "rental" | "owned";
                    ownershipEnd?: string | null;
                    ownershipStart?: string | null;
                    plate?: string | null;
                    plateState?: string | null;
                    stationId?: string;
                    telematicsId?: string | null;
                    /** @enum {string} */
                    vanType?: "edv" | "cdv" | "step_van" | "rental";
                    vin?: string;
                    year?: number | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cameraId: string | null;
                        createdAt: string;
                        fleetNumber: string;
                        id: string;
                        lessor: string | null;
                        maintenance: {
                            dueSoon: number;
                            overdue: number;
                        };
                        make: string | null;
                        model: string | null;
                        monthlyRateCents: number | null;
                        odometerAt: string | null;
                        odometerMiles: number | null;
                        /** @enum {string} */
                        ownership: "amazon_fleet" | "leased" | "rental" | "owned";
                        ownershipEnd: string | null;
                        ownershipStart: string | null;
                        plate: string | null;
                        plateState: string | null;
                        stationId: string;
                        /** @enum {string} */
                        status: "active" | "grounded" | "in_shop" | "returned";
                        statusReason: string | null;
                        statusSince: string;
                        telematicsId: string | null;
                        updatedAt: string;
                        /** @enum {string} */
                        vanType: "edv" | "cdv" | "step_van" | "rental";
                        vin: string;
                        year: number | null;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getVansByIdDamage: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @enum {string} */
                            claimStatus: "none" | "open" | "submitted" | "approved" | "denied" | "paid" | "closed";
                            costCents: number | null;
                            createdAt: string;
                            createdBy: string;
                            description: string;
                            driverId: string | null;
                            driverName: string | null;
                            evidence: {
                                attribution: string | null;
                                attributionKind: ("shift" | "parked" | "unclear") | null;
                                current: {
                                    businessDate: string;
                                    damagePanels: ("front_bumper" | "hood" | "windshield" | "roof" | "driver_side_front" | "driver_side_rear" | "passenger_side_front" | "passenger_side_rear" | "rear_doors" | "rear_bumper")[];
                                    driverId: string | null;
                                    durationSeconds: number;
                                    failedItems: string[];
                                    fleetNumber: string;
                                    grounded: boolean;
                                    id: string;
                                    inspectorName: string;
                                    /** @enum {string} */
                                    kind: "pre_trip" | "post_trip";
                                    passed: boolean;
                                    rushed: boolean;
                                    startedAt: string;
                                    stationId: string;
                                    vanId: string;
                                    /** @enum {string} */
                                    vanType: "edv" | "cdv" | "step_van" | "rental";
                                } | null;
                                previous: {
                                    businessDate: string;
                                    damagePanels: ("front_bumper" | "hood" | "windshield" | "roof" | "driver_side_front" | "driver_side_rear" | "passenger_side_front" | "passenger_side_rear" | "rear_doors" | "rear_bumper")[];
                                    driverId: string | null;
                                    durationSeconds: number;
                                    failedItems: string[];
                                    fleetNumber: string;
                                    grounded: boolean;
                                    id: string;
                                    inspectorName: string;
                                    /** @enum {string} */
                                    kind: "pre_trip" | "post_trip";
                                    passed: boolean;
                                    rushed: boolean;
                                    startedAt: string;
                                    stationId: string;
                                    vanId: string;
                                    /** @enum {string} */
                                    vanType: "edv" | "cdv" | "step_van" | "rental";
                                } | null;
                            } | null;
                            id: string;
                            occurredAt: string;
                            panels: ("front_bumper" | "hood" | "windshield" | "roof" | "driver_side_front" | "driver_side_rear" | "passenger_side_front" | "passenger_side_rear" | "rear_doors" | "rear_bumper")[];
                            photos: {
                                contentType: string;
                                createdAt: string;
                                fileName: string;
                                id: string;
                                sizeBytes: number;
                                thumbnailUrl: string | null;
                                url: string;
                            }[];
                            policeReport: string | null;
                            repairCostCents: number;
                            repairs: {
                                costCents: number;
                                createdAt: string;
                                id: string;
                                invoice: {
                                    contentType: string;
                                    createdAt: string;
                                    fileName: string;
                                    id: string;
                                    sizeBytes: number;
                                    thumbnailUrl: string | null;
                                    url: string;
                                } | null;
                                note: string | null;
                                repairedOn: string;
                                vendor: string;
                            }[];
                            severity: ("minor" | "moderate" | "major") | null;
                            /** @enum {string} */
                            source: "manual" | "inspection";
                            stationId: string;
                            thirdParty: boolean;
                            thirdPartyDetails: string | null;
                            updatedAt: string;
                            vanId: string;
                            videos: {
                                contentType: string;
                                createdAt: string;
                                fileName: string;
                                id: string;
                                sizeBytes: number;
                                thumbnailUrl: string | null;
                                url: string;
                            }[];
                        }[];
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postVansByIdDamage: {
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
                    claimStatus?: "none" | "open" | "submitted" | "approved" | "denied" | "paid" | "closed";
                    costCents?: number | null;
                    description: string;
                    driverId?: string | null;
                    /** Format: date-time */
                    occurredAt: string;
                    panels: ("front_bumper" | "hood" | "windshield" | "roof" | "driver_side_front" | "driver_side_rear" | "passenger_side_front" | "passenger_side_rear" | "rear_doors" | "rear_bumper")[];
                    photoIds?: string[];
                    policeReport?: string | null;
                    /** @enum {string} */
                    severity: "minor" | "moderate" | "major";
                    thirdParty?: boolean;
                    thirdPartyDetails?: string | null;
                    videoIds?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        claimStatus: "none" | "open" | "submitted" | "approved" | "denied" | "paid" | "closed";
                        costCents: number | null;
                        createdAt: string;
                        createdBy: string;
                        description: string;
                        driverId: string | null;
                        driverName: string | null;
                        evidence: {
                            attribution: string | null;
                            attributionKind: ("shift" | "parked" | "unclear") | null;
                            current: {
                                businessDate: string;
                                damagePanels: ("front_bumper" | "hood" | "windshield" | "roof" | "driver_side_front" | "driver_side_rear" | "passenger_side_front" | "passenger_side_rear" | "rear_doors" | "rear_bumper")[];
                                driverId: string | null;
                                durationSeconds: number;
                                failedItems: string[];
                                fleetNumber: string;
                                grounded: boolean;
                                id: string;
                                inspectorName: string;
                                /** @enum {string} */
                                kind: "pre_trip" | "post_trip";
                                passed: boolean;
                                rushed: boolean;
                                startedAt: string;
                                stationId: string;
                                vanId: string;
                                /** @enum {string} */
                                vanType: "edv" | "cdv" | "step_van" | "rental";
                            } | null;
                            previous: {
                                businessDate: string;
                                damagePanels: ("front_bumper" | "hood" | "windshield" | "roof" | "driver_side_front" | "driver_side_rear" | "passenger_side_front" | "passenger_side_rear" | "rear_doors" | "rear_bumper")[];
                                driverId: string | null;
                                durationSeconds: number;
                                failedItems: string[];
                                fleetNumber: string;
                                grounded: boolean;
                                id: string;
                                inspectorName: string;
                                /** @enum {string} */
                                kind: "pre_trip" | "post_trip";
                                passed: boolean;
                                rushed: boolean;
                                startedAt: string;
                                stationId: string;
                                vanId: string;
                                /** @enum {string} */
                                vanType: "edv" | "cdv" | "step_van" | "rental";
                            } | null;
                        } | null;
                        id: string;
                        occurredAt: string;
                        panels: ("front_bumper" | "hood" | "windshield" | "roof" | "driver_side_front" | "driver_side_rear" | "passenger_side_front" | "passenger_side_rear" | "rear_doors" | "rear_bumper")[];
                        photos: {
                            contentType: string;
                            createdAt: string;
                            fileName: string;
                            id: string;
                            sizeBytes: number;
                            thumbnailUrl: string | null;
                            url: string;
                        }[];
                        policeReport: string | null;
                        repairCostCents: number;
                        repairs: {
                            costCents: number;
                            createdAt: string;
                            id: string;
                            invoice: {
                                contentType: string;
                                createdAt: string;
                                fileName: string;
                                id: string;
                                sizeBytes: number;
                                thumbnailUrl: string | null;
                                url: string;
                            } | null;
                            note: string | null;
                            repairedOn: string;
                            vendor: string;
                        }[];
                        severity: ("minor" | "moderate" | "major") | null;
                        /** @enum {string} */
                        source: "manual" | "inspection";
                        stationId: string;
                        thirdParty: boolean;
                        thirdPartyDetails: string | null;
                        updatedAt: string;
                        vanId: string;
                        videos: {
                            contentType: string;
                            createdAt: string;
                            fileName: string;
                            id: string;
                            sizeBytes: number;
                            thumbnailUrl: string | null;
                            url: string;
                        }[];
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getVansByIdInspections: {
        parameters: {
            query?: {
                cursor?: string;
                kind?: "pre_trip" | "post_trip";
                limit?: number;
                passed?: "true" | "false";
                rushed?: "true" | "false";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            businessDate: string;
                            damagePanels: ("front_bumper" | "hood" | "windshield" | "roof" | "driver_side_front" | "driver_side_rear" | "passenger_side_front" | "passenger_side_rear" | "rear_doors" | "rear_bumper")[];
                            driverId: string | null;
                            durationSeconds: number;
                            failedItems: string[];
                            fleetNumber: string;
                            grounded: boolean;
                            id: string;
                            inspectorName: string;
                            /** @enum {string} */
                            kind: "pre_trip" | "post_trip";
                            passed: boolean;
                            rushed: boolean;
                            startedAt: string;
                            stationId: string;
                            vanId: string;
                            /** @enum {string} */
                            vanType: "edv" | "cdv" | "step_van" | "rental";
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getVansByIdMaintenance: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            critical: boolean;
                            daysLeft: number | null;
                            dueAtMiles: number | null;
                            dueDate: string | null;
                            everyDays: number | null;
                            everyMiles: number | null;
                            lastService: {
                                date: string;
                                odometerMiles: number;
                            } | null;
                            milesLeft: number | null;
                            name: string;
                            scheduleId: string;
                            /** @enum {string} */
                            state: "ok" | "due_soon" | "overdue";
                        }[];
                        services: {
                            costCents: number;
                            createdAt: string;
                            description: string | null;
                            id: string;
                            invoice: {
                                contentType: string;
                                createdAt: string;
                                fileName: string;
                                id: string;
                                sizeBytes: number;
                                thumbnailUrl: string | null;
                                url: string;
                            } | null;
                            notes: string | null;
                            odometerMiles: number;
                            recordedBy: string;
                            scheduleId: string | null;
                            scheduleName: string | null;
                            serviceDate: string;
                            vanId: string;
                            vendor: string;
                        }[];
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postVansByIdServices: {
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
                    costCents: number;
                    description?: string | null;
                    invoiceFileId?: string | null;
                    notes?: string | null;
                    odometerMiles: number;
                    scheduleId: string | null;
                    serviceDate: string;
                    vendor: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        costCents: number;
                        createdAt: string;
                        description: string | null;
                        id: string;
                        invoice: {
                            contentType: string;
                            createdAt: string;
                            fileName: string;
                            id: string;
                            sizeBytes: number;
                            thumbnailUrl: string | null;
                            url: string;
                        } | null;
                        notes: string | null;
                        odometerMiles: number;
                        recordedBy: string;
                        scheduleId: string | null;
                        scheduleName: string | null;
                        serviceDate: string;
                        vanId: string;
                        vendor: string;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postVansByIdStatus: {
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
                    reason?: string | null;
                    /** @enum {string} */
                    status: "active" | "grounded" | "in_shop" | "returned";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cameraId: string | null;
                        createdAt: string;
                        fleetNumber: string;
                        id: string;
                        lessor: string | null;
                        maintenance: {
                            dueSoon: number;
                            overdue: number;
                        };
                        make: string | null;
                        model: string | null;
                        monthlyRateCents: number | null;
                        odometerAt: string | null;
                        odometerMiles: number | null;
                        /** @enum {string} */
                        ownership: "amazon_fleet" | "leased" | "rental" | "owned";
                        ownershipEnd: string | null;
                        ownershipStart: string | null;
                        plate: string | null;
                        plateState: string | null;
                        stationId: string;
                        /** @enum {string} */
                        status: "active" | "grounded" | "in_shop" | "returned";
                        statusReason: string | null;
                        statusSince: string;
                        telematicsId: string | null;
                        updatedAt: string;
                        /** @enum {string} */
                        vanType: "edv" | "cdv" | "step_van" | "rental";
                        vin: string;
                        year: number | null;
                    };
                };
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was not found in this org. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the record’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for files, multipart/form-data). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with another write; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getVansExport: {
        parameters: {
            query?: {
                format?: "csv" | "xlsx";
                q?: string;
                stationId?: string;
                status?: "active" | "grounded" | "in_shop" | "returned";
                vanType?: "edv" | "cdv" | "step_van" | "rental";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or token has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not allow this, the CSRF token is missing, or two-factor sign-in is required. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
