import { html } from 'lit';
import { PhElement } from './base.js';
import { t, dateTime } from './i18n.js';

const STATUSES = ['FAILED', 'UNCONFIRMED', 'PENDING', 'SENT'];

/**
 * Signed webhooks for an agency's owners (their agency's events) and the portal admin (every event), and for the
 * admin every e-mail and webhook delivery with a retry.
 */
export class PhIntegrations extends PhElement {
  static properties = { _types: { state: true }, _endpoints: { state: true }, _secret: { state: true },
    _open: { state: true }, _deliveries: { state: true }, _status: { state: true }, _all: { state: true } };

  constructor() {
    super();
    this._status = 'FAILED';
  }

  /** The agency whose endpoints are shown: the first one the person owns; none for the admin. */
  get agencyId() {
    const owned = (this.me?.agencies || []).find(a => a.memberRole === 'OWNER');
    return owned ? owned.id : null;
  }

  get admin() {
    return (this.me?.roles || []).includes('ADMIN');
  }

  updated(changed) {
    if ((changed.has('api') || changed.has('me')) && this.api && this.me) this.load();
  }

  async load() {
    const query = this.agencyId ? '?agencyId=' + this.agencyId : '';
    const [types, endpoints] = await this.run(() => Promise.all([
      this.api.get('/api/v1/webhooks/event-types'), this.api.get('/api/v1/webhooks' + query)])) || [];
    if (endpoints) {
      this._types = types;
      this._endpoints = endpoints;
    }
    if (this.admin) await this.loadAll();
  }

  async loadAll() {
    // only the latest request fills the list: a filter chosen while the first page loads wins
    const attempt = this._loads = (this._loads || 0) + 1;
    const page = await this.run(() => this.api.get('/api/v1/admin/deliveries' + (this._status ? '?status=' + this._status : '')));
    if (page && attempt === this._loads) this._all = page.items;
  }

  // invitations belong to customer accounts, not agencies: only the admin's endpoints hear them
  async register(e) {
    e.preventDefault();
    const form = e.target;
    const eventTypes = [...form.querySelectorAll('input[name=eventType]:checked')].map(i => i.value);
    const created = await this.perform(() => this.api.post('/api/v1/webhooks', {
      agencyId: this.agencyId, url: form.url.value.trim(), description: form.description.value || null, eventTypes }),
    t('integrations.registered'));
    if (created) {
      this._secret = created.secret;
      form.reset();
      await this.load();
    }
  }

  async stop(endpoint) {
    if (!await this.confirmAction(t('integrations.stopTitle'), t('integrations.stopConsequence', endpoint.url), t('integrations.stop'))) return;
    if (await this.perform(() => this.api.delete('/api/v1/webhooks/' + endpoint.id), t('action.done'))) await this.load();
  }

  async showDeliveries(endpoint) {
    this._open = this._open === endpoint.id ? null : endpoint.id;
    if (!this._open) return;
    const page = await this.run(() => this.api.get(`/api/v1/webhooks/${endpoint.id}/deliveries`));
    if (page) this._deliveries = page.items;
  }

  async replay(endpoint, delivery) {
    const done = await this.perform(() => this.api.post(`/api/v1/webhooks/${endpoint.id}/deliveries/${delivery.id}/replay`, {}),
      t('integrations.replayed'));
    if (done) {
      this._open = null;
      await this.showDeliveries(endpoint);
    }
  }

  async retry(delivery) {
    if (delivery.status === 'UNCONFIRMED' || delivery.status === 'SENT') {
      if (!await this.confirmAction(t('integrations.retryTitle'), t('integrations.retryTwice'), t('integrations.retry'))) return;
    }
    if (await this.perform(() => this.api.post(`/api/v1/admin/deliveries/${delivery.id}/retry`, {}), t('integrations.replayed'))) {
      await this.loadAll();
    }
  }

  fieldLabel(field) {
    return { url: t('integrations.url'), description: t('integrations.description') }[field]
      || (field.startsWith('eventTypes') ? t('integrations.types') : super.fieldLabel(field));
  }

  renderDelivery(d, action) {
    return html`<tr data-delivery=${d.id} data-status=${d.status}>
      <td>${t('kind.' + d.kind)}<div class="muted">${d.channel === 'EMAIL' ? d.recipient : d.subject}</div></td>
      <td><span class="badge ${d.status === 'SENT' ? 'ok' : d.status === 'PENDING' ? '' : 'warn'}">${t('delivery.' + d.status)}</span></td>
      <td>${d.attempts}</td>
      <td>${d.lastStatusCode ?? ''}${d.lastDurationMs != null ? html` <span class="muted">${d.lastDurationMs} ms</span>` : ''}
        ${d.lastError ? html`<div class="muted">${d.lastError}</div>` : ''}</td>
      <td>${dateTime(d.sentAt || d.createdAt)}</td>
      <td>${action}</td></tr>`;
  }

  render() {
    const endpoints = this._endpoints || [];
    const types = this._types || [];
    const mayManage = this.admin || this.agencyId;
    if (this.me && !mayManage) {
      return html`<h2>${t('integrations.title')}</h2><p class="muted" id="not-yours">${t('integrations.notYours')}</p>`;
    }
    return html`
      <h2>${t('integrations.title')}</h2>
      <p class="muted">${this.agencyId ? t('integrations.introAgency') : t('integrations.introAdmin')}</p>
      ${this.renderState()}
      ${this._secret ? html`<div class="notice" id="secret" role="status">${t('integrations.secretOnce')}<br><code>${this._secret}</code></div>` : ''}
      <form class="card" id="register" @submit=${e => this.register(e)}>
        <h3 style="margin-top:0">${t('integrations.new')}</h3>
        <div class="row">
          <label>${t('integrations.url')}<input name="url" id="url" type="url" required placeholder="https://crm.example.com/hooks/partner-hub" size="40"></label>
          <label>${t('integrations.description')}<input name="description" id="description" maxlength="200"></label>
        </div>
        <fieldset><legend>${t('integrations.types')}</legend>
          <p class="muted" style="margin-top:0">${t('integrations.typesHelp')}</p>
          <div class="row" style="gap:.5rem 1rem">${types.filter(ty => !this.agencyId || !(ty.kind.startsWith('INVITATION_') || ty.kind.startsWith('COLLABORATOR_')))
            .map(ty => html`<label class="inline">
            <input type="checkbox" name="eventType" value=${ty.type}>${t('kind.' + ty.kind)}</label>`)}</div>
        </fieldset>
        <button id="register-endpoint" ?disabled=${this._busy}>${t('integrations.register')}</button>
      </form>
      ${this._endpoints && endpoints.length === 0 ? html`<p class="muted" id="empty">${t('integrations.empty')}</p>` : ''}
      ${endpoints.map(e => html`<div class="card" data-endpoint=${e.id}>
        <strong>${e.url}</strong> ${e.active ? html`<span class="badge ok">${t('integrations.active')}</span>`
          : html`<span class="badge warn">${t('integrations.stopped')}</span>`}
        <div class="muted">${e.description ? e.description + ' · ' : ''}${e.eventTypes.length
          ? e.eventTypes.map(ty => t('kind.' + (types.find(x => x.type === ty) || {}).kind)).join(', ') : t('integrations.allTypes')}</div>
        <div class="row" style="margin:.5rem 0 0">
          <button class="secondary deliveries" @click=${() => this.showDeliveries(e)}>${t('integrations.deliveries')}</button>
          ${e.active ? html`<button class="secondary stop" @click=${() => this.stop(e)}>${t('integrations.stop')}</button>` : ''}
        </div>
        ${this._open === e.id ? html`${(this._deliveries || []).length === 0 ? html`<p class="muted">${t('integrations.noDeliveries')}</p>`
          : html`<table><thead><tr><th>${t('settings.kind')}</th><th>${t('integrations.status')}</th><th>${t('integrations.attempts')}</th>
            <th>${t('integrations.last')}</th><th>${t('integrations.when')}</th><th><span class="visually-hidden">${t('table.actions')}</span></th></tr></thead>
            <tbody>${this._deliveries.map(d => this.renderDelivery(d, html`<button class="secondary replay"
              @click=${() => this.replay(e, d)}>${t('integrations.replay')}</button>`))}</tbody></table>`}` : ''}
      </div>`)}
      ${this.admin ? html`<h3>${t('integrations.allDeliveries')}</h3>
        <label>${t('integrations.status')}<select id="delivery-status" @change=${ev => { this._status = ev.target.value; this.loadAll(); }}>
          ${STATUSES.map(s => html`<option value=${s} ?selected=${this._status === s}>${t('delivery.' + s)}</option>`)}
          <option value="" ?selected=${!this._status}>${t('orders.any')}</option></select></label>
        ${(this._all || []).length === 0 ? html`<p class="muted" id="no-deliveries">${t('integrations.noDeliveries')}</p>`
          : html`<table id="deliveries"><thead><tr><th>${t('settings.kind')}</th><th>${t('integrations.status')}</th>
            <th>${t('integrations.attempts')}</th><th>${t('integrations.last')}</th><th>${t('integrations.when')}</th><th><span class="visually-hidden">${t('table.actions')}</span></th></tr></thead>
            <tbody>${this._all.map(d => this.renderDelivery(d, d.status === 'PENDING' || d.status === 'SENDING' ? ''
              : html`<button class="secondary retry" @click=${() => this.retry(d)}>${t('integrations.retry')}</button>`))}</tbody></table>`}` : ''}`;
  }
}
customElements.define('ph-integrations', PhIntegrations);
