import type { Language } from '@alumni/shared';
import type { Template } from '../template-types.js';

/*
 * The organisation's name is only ever quoted, never inflected: a Finnish or Swedish case ending
 * glued to an arbitrary name reads wrong.
 */
export const recordTemplates = {
  /** HR invites a former employee found in the employment records; the link pre-fills the signup. */
  record_invitation: {
    fi: {
      subject: (v) => `Kutsu entisten työntekijöiden alumniyhteisöön – ${v.orgName}`,
      lines: () => [
        'Olet työskennellyt meillä, ja haluamme kutsua sinut entisten työntekijöidemme alumniyhteisöön. Siellä löydät entiset kollegasi, kuulet tapahtumista ja näet avoimet paikat ensimmäisten joukossa.',
        'Työhistoriasi on jo vahvistettu, joten liittyminen vie vain hetken: valitse salasana alla olevasta painikkeesta.',
      ],
      button: 'Liity yhteisöön',
      footer: 'Kutsu on henkilökohtainen ja voimassa 30 päivää. Jos et halua liittyä, voit jättää tämän viestin huomiotta, emmekä lähetä uutta kutsua.',
    },
    sv: {
      subject: (v) => `Inbjudan till alumnigemenskapen för tidigare anställda – ${v.orgName}`,
      lines: () => [
        'Du har arbetat hos oss, och vi vill bjuda in dig till gemenskapen för våra tidigare anställda. Där hittar du dina gamla kolleger, får höra om evenemang och ser lediga jobb bland de första.',
        'Din anställning är redan bekräftad, så det tar bara en stund att gå med: välj ett lösenord med knappen nedan.',
      ],
      button: 'Gå med i gemenskapen',
      footer: 'Inbjudan är personlig och gäller i 30 dagar. Om du inte vill gå med kan du ignorera detta meddelande, och vi skickar ingen ny inbjudan.',
    },
    en: {
      subject: (v) => `Invitation to the alumni community of former employees – ${v.orgName}`,
      lines: () => [
        'You used to work with us, and we would like to invite you to the community of our former employees. There you can find your old colleagues, hear about events and see open positions among the first.',
        'Your employment is already confirmed, so joining takes only a moment: choose a password with the button below.',
      ],
      button: 'Join the community',
      footer: 'This invitation is personal and valid for 30 days. If you do not want to join, you can ignore this message and we will not send another invitation.',
    },
  },
} satisfies Record<string, Record<Language, Template>>;
