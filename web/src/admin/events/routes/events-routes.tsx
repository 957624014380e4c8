import { Route, Routes } from 'react-router';
import { EventNotFound } from '../components/event-not-found';
import { CheckInPage } from './check-in-page';
import { EventPage } from './event-page';
import { EventsPage } from './events-page';
import { NewEventPage } from './new-event-page';

/** The events section: the list, a new event, one event's page and its check-in list (webPaths.adminEvent…). */
export function EventsRoutes() {
  return (
    <Routes>
      <Route index element={<EventsPage />} />
      <Route path="new" element={<NewEventPage />} />
      <Route path=":id" element={<EventPage />} />
      <Route path=":id/check-in" element={<CheckInPage />} />
      <Route path="*" element={<EventNotFound />} />
    </Routes>
  );
}
