/** Arabic screen texts. */
import type { Catalog } from './en.ts';

const ar: Catalog = {
  nowServing: 'الرقم الحالي',
  nowCalling: 'يتم النداء',
  counter: 'الشباك',
  ticket: 'التذكرة',
  lastCalls: 'آخر الأرقام',
  waiting: 'في الانتظار',
  estimatedWait: 'الانتظار المتوقع',
  min: 'دقيقة',
  noWait: 'بدون انتظار',
  welcome: 'أهلاً وسهلاً',
  takeTicket: 'خذ تذكرة وتابع رقمك على هذه الشاشة.',
  noCallsYet: 'سيظهر رقمك هنا',
  announcement: 'إعلان',
  offline: 'غير متصل',
  reconnecting: 'جارٍ إعادة الاتصال…',
  updatedAt: 'آخر تحديث {time}',
  tapForSound: 'انقر لتفعيل الصوت',
  closed: 'مغلق',
  onBreak: 'استراحة',
  available: 'العميل التالي، يرجى الانتظار',
  unknownCounter: 'هذا الشباك غير موجود في هذا الفرع',
  notAuthorized: 'هذه الشاشة غير مصرح لها. أعد ربطها من شاشة الإدارة.',
  wrongVersion: 'هذه الشاشة تحتاج إلى تحديث. أعد تحميل الصفحة.',
  notConfigured: 'هذه الشاشة غير مهيأة. افتحها مع ‎?token=…&branch=…‎ في العنوان.',
  pairTitle: 'ربط هذه الشاشة',
  pairHelp: 'في إدارة Callboard ← الشاشات، اختر «ربط شاشة» وأدخل هذا الرمز:',
  pairExpires: 'يتجدد الرمز كل 10 دقائق.',
};
export default ar;
