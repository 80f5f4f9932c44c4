/** The satisfaction survey's texts in the phone's languages (kept beside the survey, apart from the phone catalogs). */
const en = {
  question: 'How satisfied are you with your visit?',
  scoreLabel: '{score} out of 5',
  low: 'Not at all',
  high: 'Very',
  comment: 'Anything to add? (optional)',
  send: 'Send',
  sending: 'Sending…',
  thanks: 'Thank you for your answer!',
  failed: 'Your answer could not be sent. Please try again.',
};
export type SurveyTexts = typeof en;

const CATALOGS: Record<string, SurveyTexts> = {
  en,
  es: {
    question: '¿Qué tan satisfecho está con su visita?', scoreLabel: '{score} de 5', low: 'Nada', high: 'Mucho',
    comment: '¿Algo que añadir? (opcional)', send: 'Enviar', sending: 'Enviando…', thanks: '¡Gracias por su respuesta!',
    failed: 'No se pudo enviar su respuesta. Inténtelo de nuevo.',
  },
  fr: {
    question: 'Êtes-vous satisfait de votre visite ?', scoreLabel: '{score} sur 5', low: 'Pas du tout', high: 'Très',
    comment: 'Quelque chose à ajouter ? (facultatif)', send: 'Envoyer', sending: 'Envoi…', thanks: 'Merci pour votre réponse !',
    failed: 'Votre réponse n’a pas pu être envoyée. Veuillez réessayer.',
  },
  de: {
    question: 'Wie zufrieden sind Sie mit Ihrem Besuch?', scoreLabel: '{score} von 5', low: 'Gar nicht', high: 'Sehr',
    comment: 'Möchten Sie etwas hinzufügen? (optional)', send: 'Senden', sending: 'Wird gesendet…', thanks: 'Vielen Dank für Ihre Antwort!',
    failed: 'Ihre Antwort konnte nicht gesendet werden. Bitte versuchen Sie es erneut.',
  },
  ar: {
    question: 'ما مدى رضاك عن زيارتك؟', scoreLabel: '{score} من 5', low: 'غير راضٍ', high: 'راضٍ جدًا',
    comment: 'هل تود إضافة شيء؟ (اختياري)', send: 'إرسال', sending: 'جارٍ الإرسال…', thanks: 'شكرًا على إجابتك!',
    failed: 'تعذّر إرسال إجابتك. يرجى المحاولة مرة أخرى.',
  },
};

export function surveyTexts(locale: string): SurveyTexts {
  return CATALOGS[locale] ?? CATALOGS[locale.split('-')[0]!] ?? en;
}
