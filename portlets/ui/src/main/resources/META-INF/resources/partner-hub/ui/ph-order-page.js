import { html } from 'lit';
import { PhElement } from './base.js';
import { t, money, date, dateTime } from './i18n.js';
import { nextStep } from './next-step.js';

/** The order page: number, customer, status, milestone timeline with planned and actual dates, invoices, history. */
export class PhOrderPage extends PhElement {
  static properties = { orderId: { type: Number, attribute: 'order-id' }, demo: { type: Boolean }, _order: { state: true },
    _history: { state: true }, _messages: { state: true } };

  updated(changed) {
    if ((changed.has('orderId') || changed.has('api')) && this.api && this.orderId) this.load();
  }

  async load() {
    const order = await this.run(() => this.api.get(`/api/v1/orders/${this.orderId}`));
    if (order) {
      this._order = order;
      const history = await this.run(() => this.api.get(`/api/v1/orders/${this.orderId}/history?limit=200`));
      if (history) this._history = history.items;
      const messages = await this.api.get(`/api/v1/conversations/${order.conversationId}/messages?limit=200`).catch(() => null);
      this._messages = messages ? messages.items : [];
    }
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

  async act(path, done) {
    const order = await this.perform(() => this.api.post(`/api/v1/orders/${this.orderId}/${path}`), t(done));
    if (order) {
      this._order = order;
      const history = await this.api.get(`/api/v1/orders/${this.orderId}/history?limit=200`).catch(() => null);
      if (history) this._history = history.items;
    }
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
      list.push(html`<button id="deliver-${m.position}" ?disabled=${this._busy}
        @click=${() => this.act(`milestones/${m.position}/delivery`, 'done.deliver')}>${t('action.deliver')}</button>`);
    }
    if (m.actions.includes('ACCEPT')) {
      list.push(html`<button id="accept-${m.position}" ?disabled=${this._busy} @click=${() => this.accept(m)}>${t('action.accept')}</button>`);
    }
    if (m.actions.includes('REQUEST_REVISION')) {
      list.push(html`<button class="secondary" id="revision-${m.position}" ?disabled=${this._busy}
        @click=${() => this.act(`milestones/${m.position}/revision-request`, 'done.revision')}>${t('action.revision')}</button>`);
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
          <div>${t('orders.status')}: <strong id="order-status">${t('status.' + o.status)}</strong>
            ${o.endedEarly ? html`<span class="badge">${t('order.endedEarly')}</span>` : ''}
            ${o.overdue ? html`<span class="badge warn">${t('orders.overdue')}</span>` : ''}
            ${o.stale ? html`<span class="badge warn">${t('orders.stale')}</span>` : ''}</div>
          <div>${t('order.price')}: ${money(o.priceMinor, o.currency)} · ${t('order.billed')}: ${money(o.billedMinor, o.currency)}</div>
          <div>${t('order.placed')}: ${date(o.placedAt)} · ${t('orders.delivery')}: <strong>${date(o.expectedDeliveryAt)}</strong></div>
          ${o.actions.includes('END') ? html`
            <p><button class="secondary" id="end" ?disabled=${this._busy} @click=${() => this.end()}>${t('action.end')}</button></p>` : ''}
        </div>
        ${this.renderNextStep(o)}
        <h3>${t('order.milestones')}</h3>
        <ol id="milestones">${o.milestones.map(m => html`
          <li class="card" data-position=${m.position} data-status=${m.status}>
            <strong>${m.name}</strong> — <span class="badge ${m.status === 'ACCEPTED' ? 'ok' : ''}">${t('ms.' + m.status)}</span>
            <span class="muted">${t('party.' + m.actingParty)} · ${m.sharePercent} % · ${money(m.amountMinor, o.currency)}</span>
            <div class="muted">${t('order.planned')}: ${date(m.plannedStart)} – ${date(m.plannedEnd)}
              ${m.startedAt || m.acceptedAt ? html` · ${t('order.actual')}: ${date(m.startedAt)} – ${date(m.acceptedAt || m.deliveredAt)}` : ''}</div>
            ${m.reviewDueAt ? html`<div>${t('order.reviewDue')}: ${dateTime(m.reviewDueAt)}</div>` : ''}
            ${m.includedRevisions ? html`<div class="muted">${t('order.revisions')}: ${m.revisionsUsed} / ${m.includedRevisions}</div>` : ''}
            ${m.autoAccepted ? html`<div class="muted">${t('order.auto')}</div>` : ''}
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
          <table id="invoices"><tbody>${o.invoices.map(i => html`
            <tr><td>${i.number}</td><td>${i.billToName}</td><td>${money(i.amountMinor, i.currency)}</td>
              <td>${t('invoice.' + i.status)}</td><td>${date(i.dueAt)}</td>
              <td><button class="secondary" @click=${() => this.run(() => this.api.openPdf(`/api/v1/invoices/${i.id}/pdf`))}>
                ${t('order.pdf')}</button>
                ${this.demo && i.status === 'ISSUED' ? html`<button class="pay" data-invoice=${i.number} ?disabled=${this._busy}
                  @click=${() => this.payDemo(i)}>${t('demo.pay')}</button>` : ''}</td></tr>`)}</tbody></table>` : ''}
        <h3>${t('order.messages')}</h3>
        <ul id="messages">${(this._messages || []).map(m => html`<li><span class="muted">${dateTime(m.sentAt)}
          ${m.authorId === this.me.id ? t('order.you') : ''}</span> ${m.body}</li>`)}</ul>
        ${(this._messages || []).length === 0 ? html`<p class="muted">${t('order.noMessages')}</p>` : ''}
        <form class="row" @submit=${this.send}><label>${t('order.message')}<input name="message" id="message" required maxlength="4000"></label>
          <button type="submit" class="secondary" id="send-message" ?disabled=${this._busy}>${t('order.send')}</button></form>
        <h3>${t('order.history')}</h3>
        <ul id="history">${(this._history || []).map(h => html`<li>${dateTime(h.occurredAt)} — ${t('history.' + h.action)}
          ${h.action === 'PROGRESS_REPORTED' && h.after ? html`: <q>${JSON.parse(h.after).note}</q>` : ''}</li>`)}</ul>` : ''}`;
  }
}
customElements.define('ph-order-page', PhOrderPage);
