import { t, money, date, dateTime } from './i18n.js';

/**
 * Whose turn it is in an order, what to do and by when, as one sentence for the viewer: "Pay INV-000001 (900,00 €)
 * by 7 Dec", "Review the base version by 1 Dec — accepted automatically after that", "Waiting for the provider to
 * deliver". `mine` says whether the step is the viewer's; the service's `actions` decide it where it reports them.
 */
export function nextStep(order, viewer) {
  if (order.status !== 'ACTIVE') {
    return { mine: false, text: t(order.endedEarly ? 'next.ended' : 'next.completed') };
  }
  const m = order.milestone;
  if (!m) return null;
  switch (m.status) {
    case 'AWAITING_PAYMENT': {
      const invoice = (order.invoices || []).find(i => i.status === 'ISSUED');
      const amount = money(invoice ? invoice.amountMinor : m.amountMinor, order.currency);
      const due = date(invoice?.dueAt || m.dueAt);
      if (viewer.customer) {
        return { mine: true, text: invoice ? t('next.pay', invoice.number, amount, due) : t('next.payMilestone', amount, m.name, due) };
      }
      return { mine: false, text: t('next.waitPayment', amount, m.name, due) };
    }
    case 'IN_PROGRESS':
      return viewer.delivers
        ? { mine: true, text: t('next.deliver', m.name, date(m.dueAt)) }
        : { mine: false, text: t('next.waitDelivery', t('party.the.' + m.actingParty), m.name, date(m.dueAt)) };
    case 'DELIVERED':
      return viewer.customer
        ? { mine: true, text: t('next.review', m.name, dateTime(m.reviewDueAt)) }
        : { mine: false, text: t('next.waitReview', m.name, dateTime(m.reviewDueAt)) };
    default:
      return null;
  }
}
