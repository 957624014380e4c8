import { Suspense, lazy } from 'react';
import { createBrowserRouter } from 'react-router';
import { Loading } from '../components/loading';
import { NotAllowedPage } from '../components/not-allowed-page';
import { NotFoundPage } from '../components/not-found-page';
import { webPaths } from '../paths';
import { AccountPage } from '../portal/account/routes/account-page';
import { ConfirmEmailChangePage } from '../portal/account/routes/confirm-email-change-page';
import { AcceptInvitePage } from '../portal/auth/routes/accept-invite-page';
import { ConfirmEmailPage } from '../portal/auth/routes/confirm-email-page';
import { ForgotPasswordPage } from '../portal/auth/routes/forgot-password-page';
import { MagicLinkPage } from '../portal/auth/routes/magic-link-page';
import { RegisterPage } from '../portal/auth/routes/register-page';
import { ResetPasswordPage } from '../portal/auth/routes/reset-password-page';
import { SignInPage } from '../portal/auth/routes/sign-in-page';
import { HomePage } from '../portal/home/routes/home-page';
import { DirectoryPage } from '../portal/directory/routes/directory-page';
import { DirectoryProfilePage } from '../portal/directory/routes/directory-profile-page';
import { EventPage } from '../portal/events/routes/event-page';
import { EventsPage } from '../portal/events/routes/events-page';
import { RsvpPage } from '../portal/events/routes/rsvp-page';
import { JobPage } from '../portal/jobs/routes/job-page';
import { JobsPage } from '../portal/jobs/routes/jobs-page';
import { MyJobsPage } from '../portal/jobs/routes/my-jobs-page';
import { SurveyPage } from '../portal/surveys/routes/survey-page';
import { SurveysPage } from '../portal/surveys/routes/surveys-page';
import { JoinPage } from '../portal/membership/routes/join-page';
import { MembershipPage } from '../portal/membership/routes/membership-page';
import { NewsletterPage } from '../portal/newsletters/routes/newsletter-page';
import { NewslettersPage } from '../portal/newsletters/routes/newsletters-page';
import { ConfirmErasePage } from '../portal/privacy/routes/confirm-erase-page';
import { ProfilePage } from '../portal/profile/routes/profile-page';
import { UnsubscribePage } from '../portal/unsubscribe/routes/unsubscribe-page';
import { AppShell } from './app-shell';
import { RequireSignedIn, RequireStaff } from './guards';
import { RouteErrorPage } from './route-error-page';

/** The admin console is its own route tree, downloaded only when a staff member opens it. */
const AdminApp = lazy(async () => ({ default: (await import('../admin/admin-app')).AdminApp }));

export const router = createBrowserRouter([
  {
    element: <AppShell />,
    children: [
      {
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, element: <HomePage /> },
          { path: webPaths.signIn, element: <SignInPage /> },
          { path: webPaths.register, element: <RegisterPage /> },
          { path: webPaths.confirmEmail, element: <ConfirmEmailPage /> },
          { path: webPaths.magicLink, element: <MagicLinkPage /> },
          { path: webPaths.forgotPassword, element: <ForgotPasswordPage /> },
          { path: webPaths.resetPassword, element: <ResetPasswordPage /> },
          { path: webPaths.acceptInvite, element: <AcceptInvitePage /> },
          {
            path: webPaths.account,
            element: <RequireSignedIn>{(user) => <AccountPage user={user} />}</RequireSignedIn>,
          },
          { path: webPaths.confirmEmailChange, element: <ConfirmEmailChangePage /> },
          // Membership, profile and erasure belong to members; staff have no claim or profile of their own.
          {
            path: webPaths.membership,
            element: <RequireSignedIn>{(user) => (user.role === 'member' ? <MembershipPage /> : <NotAllowedPage />)}</RequireSignedIn>,
          },
          { path: webPaths.join, element: <JoinPage /> },
          {
            path: webPaths.profile,
            element: <RequireSignedIn>{(user) => (user.role === 'member' ? <ProfilePage /> : <NotAllowedPage />)}</RequireSignedIn>,
          },
          // Staff search the directory too; the API decides what each caller may see.
          { path: webPaths.directory, element: <RequireSignedIn>{() => <DirectoryPage />}</RequireSignedIn> },
          { path: webPaths.directoryProfile, element: <RequireSignedIn>{() => <DirectoryProfilePage />}</RequireSignedIn> },
          // Events are the members' own; staff run them in the console. The API refuses unverified members.
          {
            path: webPaths.events,
            element: <RequireSignedIn>{(user) => (user.role === 'member' ? <EventsPage /> : <NotAllowedPage />)}</RequireSignedIn>,
          },
          {
            path: webPaths.event,
            element: <RequireSignedIn>{(user) => (user.role === 'member' ? <EventPage /> : <NotAllowedPage />)}</RequireSignedIn>,
          },
          // Public: an invitation mail's link works signed out, by its signed token.
          { path: webPaths.rsvp, element: <RsvpPage /> },
          // The newsletter archive is the members' own; staff write the issues in the console.
          {
            path: webPaths.newsletters,
            element: <RequireSignedIn>{(user) => (user.role === 'member' ? <NewslettersPage /> : <NotAllowedPage />)}</RequireSignedIn>,
          },
          {
            path: webPaths.newsletter,
            element: <RequireSignedIn>{(user) => (user.role === 'member' ? <NewsletterPage /> : <NotAllowedPage />)}</RequireSignedIn>,
          },
          // The job board is the members' own; recruiters post the jobs in the console. The API refuses unverified members.
          {
            path: webPaths.jobs,
            element: <RequireSignedIn>{(user) => (user.role === 'member' ? <JobsPage /> : <NotAllowedPage />)}</RequireSignedIn>,
          },
          {
            path: webPaths.myJobs,
            element: <RequireSignedIn>{(user) => (user.role === 'member' ? <MyJobsPage /> : <NotAllowedPage />)}</RequireSignedIn>,
          },
          {
            path: webPaths.job,
            element: <RequireSignedIn>{(user) => (user.role === 'member' ? <JobPage /> : <NotAllowedPage />)}</RequireSignedIn>,
          },
          // Surveys are the members' own; HR builds them in the console.
          {
            path: webPaths.surveys,
            element: <RequireSignedIn>{(user) => (user.role === 'member' ? <SurveysPage /> : <NotAllowedPage />)}</RequireSignedIn>,
          },
          {
            path: webPaths.survey,
            element: <RequireSignedIn>{(user) => (user.role === 'member' ? <SurveyPage /> : <NotAllowedPage />)}</RequireSignedIn>,
          },
          // Public: a mail's unsubscribe link works signed out, by its signed token.
          { path: webPaths.unsubscribe, element: <UnsubscribePage /> },
          // Public: it also says goodbye once the account, and with it the session, is gone.
          { path: webPaths.confirmErase, element: <ConfirmErasePage /> },
          {
            path: `${webPaths.admin}/*`,
            element: (
              <RequireStaff>
                <Suspense fallback={<Loading />}>
                  <AdminApp />
                </Suspense>
              </RequireStaff>
            ),
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
