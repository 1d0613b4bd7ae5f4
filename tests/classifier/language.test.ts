/** Another language that shares words with English is "not sure · other language", not a guess. */
import { describe, expect, test } from 'vitest';
import { classify } from '@/lib/classifier';
import { mostlyAnotherLanguage } from '@/lib/classifier/language';

describe('a draft in another language', () => {
  test.each([
    ['Spanish', 'Hoy tenemos pan fresco en la tienda, ven a probarlo antes del fin de semana.'],
    ['French', 'Aujourd’hui nous avons du pain frais, venez nous voir avant le week-end.'],
    ['Italian', 'Oggi abbiamo pane fresco, venite a trovarci prima del fine settimana.'],
    ['Portuguese', 'Hoje temos pão fresco, venha nos visitar antes do fim de semana.'],
    ['Dutch', 'Vandaag hebben we vers brood, kom langs voor het weekend.'],
    ['German', 'Heute gibt es frisches Brot in unserer Bäckerei, kommt vorbei!'],
  ])('%s is another language, so not sure', (_language, text) => {
    const result = classify(text);
    expect(result.otherLanguage).toBe(true);
    expect(result.unsure).toBe(true);
  });

  test.each([
    'Fresh pan de muerto this weekend only, order now!',
    'Our café au lait is back on the menu, with a croissant for $5.',
    'We had such fun at the fiesta: thank you all for coming, and see you next year!',
    'Tip: la vie en rose is a lovely song, and the best one for a slow Sunday bake.',
    'Bon appétit! What is your favourite dish to make at home?',
  ])('English with a few borrowed words stays English: %s', (text) => {
    expect(mostlyAnotherLanguage(text)).toBe(false);
    expect(classify(text).otherLanguage).toBe(false);
  });
});
