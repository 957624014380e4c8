import type { Language } from '@alumni/shared';
import type { Template } from '../template-types.js';

/* HR's own words go in `note`, quoted in the reader's typographic convention. */
const quoteNordic = (note: string | undefined) => `”${note ?? ''}”`;
const quoteEn = (note: string | undefined) => `“${note ?? ''}”`;

export const membershipTemplates = {
  claim_approved: {
    fi: {
      subject: (v) => `Jäsenyytesi on vahvistettu – ${v.orgName}`,
      lines: () => [
        'HR on vahvistanut työhistoriasi, ja olet nyt alumniyhteisön vahvistettu jäsen.',
        'Voit etsiä entisiä kollegoitasi jäsenhakemistosta ja täydentää profiiliasi.',
      ],
      button: 'Avaa jäsenhakemisto',
      footer: 'Tervetuloa alumniyhteisöön!',
    },
    sv: {
      subject: (v) => `Ditt medlemskap är bekräftat – ${v.orgName}`,
      lines: () => [
        'HR har bekräftat din anställningshistorik och du är nu en bekräftad medlem i alumnigemenskapen.',
        'Du kan söka efter tidigare kolleger i medlemskatalogen och komplettera din profil.',
      ],
      button: 'Öppna medlemskatalogen',
      footer: 'Välkommen till alumnigemenskapen!',
    },
    en: {
      subject: (v) => `Your membership is confirmed – ${v.orgName}`,
      lines: () => [
        'HR has confirmed your employment and you are now a verified member of the alumni community.',
        'You can find former colleagues in the member directory and complete your profile.',
      ],
      button: 'Open the directory',
      footer: 'Welcome to the alumni community!',
    },
  },
  claim_rejected: {
    fi: {
      subject: (v) => `Jäsenyyshakemustasi ei hyväksytty – ${v.orgName}`,
      lines: (v) => [
        'HR ei voinut vahvistaa työhistoriaasi, joten jäsenyyshakemustasi ei hyväksytty.',
        `HR:n perustelu: ${quoteNordic(v.note)}`,
        'Jos tiedoissa oli virhe, voit lähettää korjatun hakemuksen jäsenyyssivulta.',
      ],
      button: 'Avaa jäsenyyssivu',
      footer: 'Jos sinulla on kysyttävää, ota yhteyttä HR:ään.',
    },
    sv: {
      subject: (v) => `Din medlemsansökan godkändes inte – ${v.orgName}`,
      lines: (v) => [
        'HR kunde inte bekräfta din anställningshistorik och din medlemsansökan godkändes därför inte.',
        `HR:s motivering: ${quoteNordic(v.note)}`,
        'Om uppgifterna var felaktiga kan du skicka en korrigerad ansökan på medlemskapssidan.',
      ],
      button: 'Öppna medlemskapssidan',
      footer: 'Om du har frågor kan du kontakta HR.',
    },
    en: {
      subject: (v) => `Your membership claim was not accepted – ${v.orgName}`,
      lines: (v) => [
        'HR could not confirm your employment, so your membership claim was not accepted.',
        `HR's reason: ${quoteEn(v.note)}`,
        'If something in your claim was wrong, you can send a corrected claim from the membership page.',
      ],
      button: 'Open the membership page',
      footer: 'If you have questions, please contact HR.',
    },
  },
  claim_info_requested: {
    fi: {
      subject: (v) => `HR tarvitsee lisätietoja jäsenyyshakemuksestasi – ${v.orgName}`,
      lines: (v) => [
        'HR käsittelee jäsenyyshakemustasi ja tarvitsee sinulta lisätietoja:',
        quoteNordic(v.note),
        'Vastaa jäsenyyssivulla, niin hakemuksesi palaa käsittelyyn.',
      ],
      button: 'Vastaa kysymykseen',
      footer: 'Hakemuksesi odottaa, kunnes vastaat.',
    },
    sv: {
      subject: (v) => `HR behöver mer information om din medlemsansökan – ${v.orgName}`,
      lines: (v) => [
        'HR behandlar din medlemsansökan och behöver mer information av dig:',
        quoteNordic(v.note),
        'Svara på medlemskapssidan så återgår din ansökan till behandling.',
      ],
      button: 'Svara på frågan',
      footer: 'Din ansökan väntar tills du har svarat.',
    },
    en: {
      subject: (v) => `HR needs more information about your membership claim – ${v.orgName}`,
      lines: (v) => [
        'HR is reviewing your membership claim and needs more information from you:',
        quoteEn(v.note),
        'Answer on the membership page and your claim goes back for review.',
      ],
      button: 'Answer the question',
      footer: 'Your claim waits until you answer.',
    },
  },
} satisfies Record<string, Record<Language, Template>>;
