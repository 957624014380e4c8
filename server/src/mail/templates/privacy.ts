import type { Language } from '@alumni/shared';
import type { Template } from '../template-types.js';

export const privacyTemplates = {
  erase_confirm: {
    fi: {
      subject: (v) => `Vahvista tilisi poistaminen – ${v.orgName}`,
      lines: () => [
        'Pyysit alumnitilisi poistamista. Poistaminen on lopullinen: profiilisi, työhistoriasi, suostumuksesi ja istuntosi poistetaan, eikä niitä voi palauttaa.',
        'Vahvista poistaminen alla olevasta painikkeesta.',
      ],
      button: 'Poista tilini',
      footer: 'Linkki on voimassa 10 minuuttia ja toimii kerran. Jos et pyytänyt poistamista, jätä tämä viesti huomiotta: tilisi säilyy ennallaan.',
    },
    sv: {
      subject: (v) => `Bekräfta att ditt konto raderas – ${v.orgName}`,
      lines: () => [
        'Du bad om att ditt alumnikonto ska raderas. Raderingen är slutgiltig: din profil, din arbetshistorik, dina samtycken och dina sessioner tas bort och kan inte återställas.',
        'Bekräfta raderingen med knappen nedan.',
      ],
      button: 'Radera mitt konto',
      footer: 'Länken gäller i 10 minuter och fungerar en gång. Om du inte bad om detta kan du ignorera meddelandet: ditt konto förblir oförändrat.',
    },
    en: {
      subject: (v) => `Confirm erasing your account – ${v.orgName}`,
      lines: () => [
        'You asked to erase your alumni account. Erasure is final: your profile, employment history, consents and sessions are removed and cannot be restored.',
        'Confirm the erasure with the button below.',
      ],
      button: 'Erase my account',
      footer: 'The link is valid for 10 minutes and works once. If you did not ask for this, ignore this message: your account stays as it is.',
    },
  },
  account_erased: {
    fi: {
      subject: (v) => `Tilisi on poistettu – ${v.orgName}`,
      lines: () => [
        'Alumnitilisi on poistettu. Henkilötietosi on poistettu palvelusta, istuntosi on päätetty, eikä tähän osoitteeseen lähetetä enää uutiskirjeitä tai kutsuja.',
        'Tämä on viimeinen viesti, jonka saat meiltä tähän osoitteeseen.',
      ],
      footer: 'Jos et pyytänyt poistamista, ota yhteyttä yhteisön ylläpitoon.',
    },
    sv: {
      subject: (v) => `Ditt konto har raderats – ${v.orgName}`,
      lines: () => [
        'Ditt alumnikonto har raderats. Dina personuppgifter har tagits bort från tjänsten, dina sessioner har avslutats och inga fler nyhetsbrev eller inbjudningar skickas till den här adressen.',
        'Det här är det sista meddelandet du får från oss till den här adressen.',
      ],
      footer: 'Om du inte bad om raderingen, kontakta gemenskapens administratörer.',
    },
    en: {
      subject: (v) => `Your account was erased – ${v.orgName}`,
      lines: () => [
        'Your alumni account was erased. Your personal data has been removed from the platform, your sessions have ended, and no newsletters or invitations will be sent to this address again.',
        'This is the last message you will get from us at this address.',
      ],
      footer: 'If you did not ask for this, contact the community administrators.',
    },
  },
} satisfies Record<string, Record<Language, Template>>;
