import type { Language } from '@alumni/shared';
import type { MailVars, Template } from '../template-types.js';

const title = (v: MailVars) => v.survey?.title ?? '';
const intro = (v: MailVars) => (v.survey?.intro ? [v.survey.intro] : []);
const anonymous = (v: MailVars, sentence: string) => (v.survey?.anonymous ? [sentence] : []);

export const surveyTemplates = {
  /** A survey sent to its audience's members who take the newsletter, with a button to the survey page. */
  survey_invitation: {
    fi: {
      subject: (v) => `Kysely: ${title(v)} – ${v.orgName}`,
      lines: (v) => [
        'Haluamme kuulla mielipiteesi.',
        title(v),
        ...intro(v),
        `Vastaa viimeistään ${v.survey?.closes ?? ''} (Suomen aikaa).`,
        ...anonymous(v, 'Kysely on nimetön: vastauksesi tallennetaan ilman nimeäsi, eikä niitä voi yhdistää sinuun.'),
      ],
      button: 'Vastaa kyselyyn',
      footer:
        'Saat tämän kyselyn, koska olet alumniyhteisön jäsen ja olet tilannut uutiskirjeen. Voit perua tilauksen sähköpostiohjelmasi peruutuslinkistä tai profiilisi suostumuksista portaalissa.',
    },
    sv: {
      subject: (v) => `Enkät: ${title(v)} – ${v.orgName}`,
      lines: (v) => [
        'Vi vill gärna höra vad du tycker.',
        title(v),
        ...intro(v),
        `Svara senast ${v.survey?.closes ?? ''} (finsk tid).`,
        ...anonymous(v, 'Enkäten är anonym: dina svar sparas utan ditt namn och kan inte kopplas till dig.'),
      ],
      button: 'Svara på enkäten',
      footer:
        'Du får den här enkäten eftersom du är medlem i alumnigemenskapen och har beställt nyhetsbrevet. Du kan avsluta prenumerationen med avregistreringslänken i ditt e-postprogram eller under samtycken i din profil i portalen.',
    },
    en: {
      subject: (v) => `Survey: ${title(v)} – ${v.orgName}`,
      lines: (v) => [
        'We would like to hear what you think.',
        title(v),
        ...intro(v),
        `Please answer by ${v.survey?.closes ?? ''} (Finnish time).`,
        ...anonymous(v, 'The survey is anonymous: your answers are stored without your name and cannot be traced back to you.'),
      ],
      button: 'Answer the survey',
      footer:
        'You get this survey because you are a member of the alumni community and take the newsletter. You can unsubscribe with your mail program’s unsubscribe link or under the consents of your profile in the portal.',
    },
  },
} satisfies Record<string, Record<Language, Template>>;
