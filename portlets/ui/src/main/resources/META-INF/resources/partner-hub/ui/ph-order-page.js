import { html } from 'lit';
import { PhElement } from './base.js';
import { t, money, date, dateTime, days } from './i18n.js';
import { nextStep } from './next-step.js';
import './ph-order-workspace.js';

/** The order page: number, customer, status, milestone timeline with planned and actual dates, invoices, history. */
export class PhOrderPage extends PhElement {
  static properties = { orderId: { type: Number, attribute: 'order-id' }, demo: { type: Boolean }, _order: { state: true },
    _history: { state: true }, _messages: { state: true }, _questions: { state: true }, _delivering: { state: true },
    _revising: { state: true } };

  constructor() {
    super();
    // the brief completed or a document resumed the order: its dates and actions changed
    this.addEventListener('ph-order-changed', () => this.load());
  }

  languageChanged() {
    if (this.orderId) this.load();
  }

  updated(changed) {
    if ((changed.has('orderId') || changed.has('api')) && this.api && this.orderId) this.load();
  }

  /**
   * The order with its history, thread and brief, fetched side by side and shown at once: the page never offers an
   * action before what it shows is loaded. Only the latest load fills the page; aria-busy tells assistive technology
   * (and tests) it is loading.
   */
  async load() {
    const attempt = this._loads = (this._loads || 0) + 1;
    this.setAttribute('aria-busy', 'true');
    const loaded = await this.run(async () => {
      const [order, history, brief] = await Promise.all([
        this.api.get(`/api/v1/orders/${this.orderId}`),
        this.api.get(`/api/v1/orders/${this.orderId}/history?limit=200`),
        this.api.get(`/api/v1/orders/${this.orderId}/brief`).catch(() => null)
      ]);
      return { order, history, brief, messages: await this.messagesOf(order) };
    });
    if (attempt !== this._loads) return;
    if (loaded) {
      this._order = loaded.order;
      this._history = loaded.history.items;
      this._messages = loaded.messages || [];
      this._questions = loaded.brief ? loaded.brief.questions : [];
    }
    this.setAttribute('aria-busy', 'false');
  }

  messagesOf(order) {
    return this.api.get(`/api/v1/conversations/${order.conversationId}/messages?limit=200`).then(m => m.items).catch(() => null);
  }

  /** The order's conversation thread: the agency, the customer and provider staff write here. */
  async send(e) {
    e.preventDefault();
    const form = e.target; // event.target is cleared once dispatch from a shadow tree ends
    const body = form.elements.message.value;
    const sent = await this.perform(() => this.api.post(`/api/v1/conversations/${this._order.conversationId}/messages`, { body }),
      t('done.sent'));
    if (sent) {
      form.reset();
      this._messages = [...(this._messages || []), sent];
    }
  }

  /** The embedded default only: pay an invoice as the billing system would. */
  async payDemo(invoice) {
    const paid = await this.perform(() => this.api.post('/api/demo/payments', { invoiceNumber: invoice.number }), t('done.pay'));
    if (paid) await this.load();
  }

  /** The agency or provider staff record progress (and tick off sub-steps) on the current milestone. */
  async reportProgress(e, m) {
    e.preventDefault();
    const form = e.target; // event.target is cleared once dispatch from a shadow tree ends
    const note = form.elements.note.value;
    const order = await this.perform(() => this.api.post(`/api/v1/orders/${this.orderId}/milestones/${m.position}/progress`, { note }),
      t('order.progressSaved'));
    if (order) { form.reset(); this._order = order; await this.load(); }
  }

  async tick(m, step, done) {
    const order = await this.perform(() => this.api.put(`/api/v1/orders/${this.orderId}/milestones/${m.position}/steps/${step.stepNo}`, { done }),
      t('done.saved'));
    if (order) this._order = order;
  }

  async act(path, done, body) {
    const changed = await this.perform(async () => {
      const order = await this.api.post(`/api/v1/orders/${this.orderId}/${path}`, body);
      // what the change added to the history and the thread comes with it, shown together
      const [history, messages] = await Promise.all([
        this.api.get(`/api/v1/orders/${this.orderId}/history?limit=200`).catch(() => null), this.messagesOf(order)]);
      return { order, history, messages };
    }, t(done));
    if (!changed) return undefined;
    this._loads = (this._loads || 0) + 1; // a load still running would show the order as it was
    this.setAttribute('aria-busy', 'false');
    this._order = changed.order;
    this._delivering = null;
    this._revising = null;
    if (changed.history) this._history = changed.history.items;
    if (changed.messages) this._messages = changed.messages;
    return changed.order;
  }

  /** A delivery carries a note and a link to look at it; both go into the thread and the history. */
  async deliver(e, m) {
    e.preventDefault();
    const form = e.target;
    await this.act(`milestones/${m.position}/delivery`, 'done.deliver',
      { note: form.elements.note.value || null, link: form.elements.link.value || null });
  }

  /** A revision request says why. */
  async requestRevision(e, m) {
    e.preventDefault();
    await this.act(`milestones/${m.position}/revision-request`, 'done.revision', { reason: e.target.elements.reason.value });
  }

  /** Holding stops the order's clocks: the agency is told what that means before it happens. */
  async hold() {
    if (await this.confirmAction(t('confirm.hold'), t('confirm.holdConsequence'), t('action.hold'))) {
      await this.act('hold', 'done.hold');
    }
  }

  /** Opting in moves the site, its domains and its billing at the final payment: said before it is switched on. */
  async setHandover(on) {
    if (!on || await this.confirmAction(t('confirm.handover'), t('confirm.handoverConsequence'), t('action.handoverOn'))) {
      await this.act('handover', on ? 'done.handoverOn' : 'done.handoverOff', { automatic: on });
    }
  }

  fieldLabel(field) {
    return { note: t('deliver.note'), link: t('deliver.link'), reason: t('revision.reason') }[field] || null;
  }

  /** Accepting bills the next milestone's share: the person sees what starts and what is billed before it happens. */
  async accept(m) {
    const o = this._order;
    const next = o.milestones.find(x => x.position > m.position && x.status !== 'CANCELLED');
    const consequence = !next ? t('confirm.acceptCompletes')
      : next.amountMinor > 0 && o.paymentPerMilestone ? t('confirm.acceptBills', next.position, next.name, money(next.amountMinor, o.currency))
        : t('confirm.acceptStarts', next.position, next.name);
    if (await this.confirmAction(t('confirm.accept', m.name), consequence, t('action.accept'))) {
      await this.act(`milestones/${m.position}/acceptance`, 'done.accept');
    }
  }

  async end() {
    const o = this._order;
    const open = o.milestones.filter(m => !['ACCEPTED', 'CANCELLED'].includes(m.status)).length;
    if (await this.confirmAction(t('confirm.end'), t('confirm.endConsequence', open, money(o.billedMinor, o.currency)), t('action.end'))) {
      await this.act('end', 'done.end');
    }
  }

  /** The buttons for what the service says the caller may do to this milestone now. */
  actions(m) {
    const list = [];
    if (m.actions.includes('DELIVER')) {
      list.push(this._delivering === m.position ? html`<form class="card" id="deliver-form-${m.position}" @submit=${e => this.deliver(e, m)}>
          <label>${t('deliver.note')}<textarea name="note" id="deliver-note-${m.position}" maxlength="2000" rows="3"></textarea></label>
          <label>${t('deliver.link')}<input name="link" id="deliver-link-${m.position}" type="url" maxlength="1900"
            placeholder="https://"></label>
          <div class="row"><button type="submit" id="deliver-confirm-${m.position}" ?disabled=${this._busy}>${t('action.deliver')}</button>
            <button type="button" class="secondary" @click=${() => { this._delivering = null; }}>${t('common.cancel')}</button></div></form>`
        : html`<button id="deliver-${m.position}" ?disabled=${this._busy}
        @click=${() => { this._delivering = m.position; }}>${t('action.deliver')}</button>`);
    }
    if (m.actions.includes('ACCEPT')) {
      list.push(html`<button id="accept-${m.position}" ?disabled=${this._busy} @click=${() => this.accept(m)}>${t('action.accept')}</button>`);
    }
    if (m.actions.includes('REQUEST_REVISION')) {
      list.push(this._revising === m.position ? html`<form class="card" id="revision-form-${m.position}" @submit=${e => this.requestRevision(e, m)}>
          <label>${t('revision.reason')} *<textarea name="reason" id="revision-reason-${m.position}" required maxlength="4000" rows="3"></textarea></label>
          <div class="row"><button type="submit" id="revision-confirm-${m.position}" ?disabled=${this._busy}>${t('action.revision')}</button>
            <button type="button" class="secondary" @click=${() => { this._revising = null; }}>${t('common.cancel')}</button></div></form>`
        : html`<button class="secondary" id="revision-${m.position}" ?disabled=${this._busy}
        @click=${() => { this._revising = m.position; }}>${t('action.revision')}</button>`);
    }
    return list;
  }

  /** The sentence saying whose turn it is, from the current milestone and what the service lets the viewer do. */
  renderNextStep(o) {
    const m = o.milestones.find(x => x.current);
    const agency = (this.me?.agencies || []).some(a => a.id === o.agencyId);
    const staff = this.hasRole('PROVIDER_STAFF') || this.hasRole('ADMIN');
    const step = nextStep({ ...o, milestone: m && { ...m, dueAt: o.nextDueAt } }, {
      customer: m?.status === 'DELIVERED' ? m.actions.includes('ACCEPT') : !agency && !staff,
      delivers: !!m?.actions.includes('DELIVER'),
    });
    return step ? html`<p class="next-step" id="next-step" data-mine=${step.mine}><strong>${t(step.mine ? 'next.who.you' : 'next.who.other')}:</strong>
      ${step.text}</p>` : '';
  }

  render() {
    const o = this._order;
    return html`
      <p><button class="secondary" id="back" @click=${() => this.dispatchEvent(new CustomEvent('ph-back', { bubbles: true, composed: true }))}>
        ${t('common.back')}</button>
        <button class="secondary" id="reload" @click=${() => this.load()}>${t('common.reload')}</button></p>
      ${this.renderState()}
      ${o ? html`
        <h2 id="order-title">${o.number} · ${o.title}</h2>
        <div class="card">
          <div>${t('orders.customer')}: <strong>${o.accountName}</strong></div>
          <div>${t('orders.status')}: ${this.stateLabel('status.', o.status, 'order-status')}
            ${o.endedEarly ? html`<span class="badge">${t('order.endedEarly')}</span>` : ''}
            ${o.overdue ? html`<span class="badge warn">${t('orders.overdue')}</span>` : ''}
            ${o.stale ? html`<span class="badge warn">${t('orders.stale')}</span>` : ''}</div>
          <div>${t('order.price')}: ${money(o.priceMinor, o.currency)} · ${t('order.billed')}: ${money(o.billedMinor, o.currency)}</div>
          <div>${t('order.placed')}: ${date(o.placedAt)} · ${t('orders.delivery')}: <strong>${date(o.expectedDeliveryAt)}</strong></div>
          ${o.documentsDueAt ? html`<div>${t('order.documentsDue')}: ${o.documentsReceivedAt
            ? html`<span class="badge ok">${t('order.documentsReceived', date(o.documentsReceivedAt))}</span>`
            : html`<strong>${date(o.documentsDueAt)}</strong>`}</div>` : ''}
          ${o.heldSeconds ? html`<div class="muted">${t('order.heldBefore', days(Math.round(o.heldSeconds / 86400)))}</div>` : ''}
          ${o.siteId ? html`<div id="handover">${t('order.handover')}: ${o.automaticHandover
            ? html`<span class="badge info">${t('order.handoverOn')}</span>` : html`<span class="badge">${t('order.handoverOff')}</span>`}
            ${o.actions.includes('SET_HANDOVER') ? html`<button class="secondary" id="toggle-handover" ?disabled=${this._busy}
              @click=${() => this.setHandover(!o.automaticHandover)}>${t(o.automaticHandover ? 'action.handoverOff' : 'action.handoverOn')}</button>` : ''}
          </div>` : ''}
          <p class="row">
            ${o.actions.includes('END') ? html`<button class="secondary danger" id="end" ?disabled=${this._busy} @click=${() => this.end()}>${t('action.end')}</button>` : ''}
            ${o.actions.includes('HOLD') ? html`<button class="secondary" id="hold" ?disabled=${this._busy} @click=${() => this.hold()}>${t('action.hold')}</button>` : ''}
          </p>
        </div>
        ${o.onHoldSince ? html`<div class="problem" id="on-hold" role="status"><strong>${t('order.onHold', date(o.onHoldSince))}</strong>
          <div>${t('hold.' + o.holdReason)}</div>
          ${o.actions.includes('RESUME') ? html`<p><button id="resume" ?disabled=${this._busy} @click=${() => this.act('resume', 'done.resume')}>
            ${t('action.resume')}</button></p>` : ''}</div>` : ''}
        ${o.awaitingBrief ? html`<p class="next-step" id="awaiting-brief">${t('order.awaitingBrief')}</p>` : ''}
        ${o.onHoldSince ? '' : this.renderNextStep(o)}
        <h3>${t('order.milestones')}</h3>
        <ol id="milestones">${o.milestones.map(m => html`
          <li class="card" data-position=${m.position} data-status=${m.status}>
            <strong>${m.name}</strong> — ${this.stateLabel('ms.', m.status)}
            <span class="muted">${t('party.' + m.actingParty)} · ${m.sharePercent} % · ${money(m.amountMinor, o.currency)}</span>
            <div class="muted">${t('order.planned')}: ${date(m.plannedStart)} – ${date(m.plannedEnd)}
              ${m.startedAt || m.acceptedAt ? html` · ${t('order.actual')}: ${date(m.startedAt)} – ${date(m.acceptedAt || m.deliveredAt)}` : ''}</div>
            ${m.reviewDueAt ? html`<div>${t('order.reviewDue')}: ${dateTime(m.reviewDueAt)}</div>` : ''}
            ${m.includedRevisions ? html`<div class="muted">${t('order.revisions')}: ${m.revisionsUsed} / ${m.includedRevisions}</div>` : ''}
            ${m.autoAccepted ? html`<div class="muted">${t('order.auto')}</div>` : ''}
            ${m.deliveryNote || m.deliveryLink ? html`<div class="delivery-note">${m.deliveryNote ? html`<q>${m.deliveryNote}</q>` : ''}
              ${m.deliveryLink ? html` <a href=${m.deliveryLink} target="_blank" rel="noopener noreferrer">${t('deliver.open')}</a>` : ''}</div>` : ''}
            ${m.steps.length ? html`<ul class="steps">${m.steps.map(step => html`<li><label class="inline">
              <input type="checkbox" .checked=${step.done} ?disabled=${!m.actions.includes('TICK_STEPS') || this._busy}
                @change=${e => this.tick(m, step, e.target.checked)}>${step.label}</label></li>`)}</ul>` : ''}
            ${m.actions.includes('REPORT_PROGRESS') ? html`<form class="row" @submit=${e => this.reportProgress(e, m)}>
              <label>${t('order.progress')}<input name="note" id=${'progress-' + m.position} required></label>
              <button type="submit" class="secondary" id=${'report-' + m.position} ?disabled=${this._busy}>${t('order.report')}</button></form>` : ''}
            <div class="row">${this.actions(m)}</div>
          </li>`)}</ol>
        ${o.invoices ? html`
          <h3>${t('order.invoices')}</h3>
          ${o.invoices.length ? html`<p id="billing-sums">${t('order.billing', money(o.billedMinor, o.currency), money(o.paidMinor, o.currency),
            money(-o.creditedMinor, o.currency))}</p>` : ''}
          <table id="invoices"><tbody>${o.invoices.map(i => html`
            <tr><td>${i.number}</td><td>${i.billToName}</td><td>${money(i.amountMinor, i.currency)}</td>
              <td>${t('invoice.' + i.status)}</td><td>${date(i.dueAt)}</td>
              <td><button class="secondary" @click=${() => this.run(() => this.api.openPdf(`/api/v1/invoices/${i.id}/pdf`))}>
                ${t('order.pdf')}</button>
                ${this.demo && i.status === 'ISSUED' ? html`<button class="pay" data-invoice=${i.number} ?disabled=${this._busy}
                  @click=${() => this.payDemo(i)}>${t('demo.pay')}</button>` : ''}</td></tr>
            ${i.creditNote ? html`<tr class="credit-note" data-credit-note=${i.creditNote.number}><td>${i.creditNote.number}</td>
              <td>${t('order.creditNoteFor', i.number)}</td><td>${money(i.creditNote.amountMinor, i.creditNote.currency)}</td>
              <td>${t('invoice.CREDITED')}</td><td>${date(i.creditNote.issuedAt)}</td>
              <td><button class="secondary" @click=${() => this.run(() => this.api.openPdf(`/api/v1/invoices/${i.id}/credit-note/pdf`))}>
                ${t('order.pdf')}</button></td></tr>` : ''}`)}</tbody></table>` : ''}
        <h3>${t('order.brief')}</h3>
        <ph-order-brief .api=${this.api} .me=${this.me} order-id=${this.orderId}></ph-order-brief>
        <h3>${t('order.documents')}</h3>
        <ph-order-documents .api=${this.api} .me=${this.me} order-id=${this.orderId} .questions=${this._questions || []}
          ?may-upload=${o.actions.includes('UPLOAD_DOCUMENTS')}></ph-order-documents>
        ${o.actions.includes('NOTES') ? html`<h3>${t('order.notes')}</h3>
          <ph-order-notes .api=${this.api} .me=${this.me} order-id=${this.orderId}></ph-order-notes>` : ''}
        <h3>${t('order.messages')}</h3>
        <ul id="messages">${(this._messages || []).map(m => html`<li data-kind=${m.kind || ''}><span class="muted">${dateTime(m.sentAt)} ·
          ${m.authorId === this.me.id ? t('order.you') : m.authorName} <span class="badge">${t('side.' + m.authorRole)}</span></span>
          ${m.kind ? html`<strong>${t('message.' + m.kind, m.milestone)}:</strong>` : ''}
          <span style="white-space:pre-wrap">${m.body}</span></li>`)}</ul>
        ${(this._messages || []).length === 0 ? html`<p class="muted">${t('order.noMessages')}</p>` : ''}
        <form class="row" @submit=${this.send}><label>${t('order.message')}<input name="message" id="message" required maxlength="4000"></label>
          <button type="submit" class="secondary" id="send-message" ?disabled=${this._busy}>${t('order.send')}</button></form>
        <h3>${t('order.history')}</h3>
        <ul id="history">${(this._history || []).map(h => html`<li data-action=${h.action}>${dateTime(h.occurredAt)} —
          ${h.actorRole === 'SYSTEM' ? html`<em>${t('side.SYSTEM')}</em>` : html`${h.actorName} <span class="badge">${t('side.' + h.actorRole)}</span>`}
          ${t('history.' + h.action)}${this.historyDetail(h)}</li>`)}</ul>` : ''}`;
  }

  /**
   * What an entry says besides its action: a progress note, a delivery's note, a revision's reason, a file, why it was
   * held; and what the step brought about — the invoice it issued, the order it completed.
   */
  historyDetail(h) {
    const after = h.after ? JSON.parse(h.after) : {};
    const issued = after.invoiceIssued;
    const more = html`${issued ? html`; <span class="issued">${t('history.INVOICE_ISSUED')} ${issued.invoice}
      (${money(issued.amountMinor, issued.currency)})</span>` : ''}${after.orderCompleted ? html`; ${t('history.ORDER_COMPLETED')}` : ''}`;
    if (h.action === 'ORDER_HELD') return html` (${t('heldBy.' + after.reason)})`;
    const text = after.note || after.reason || after.fileName;
    return html`${text ? html`: <q>${text}</q>` : ''}${more}`;
  }
}
customElements.define('ph-order-page', PhOrderPage);
