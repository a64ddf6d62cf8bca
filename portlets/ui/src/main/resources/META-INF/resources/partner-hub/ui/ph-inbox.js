import { html } from 'lit';
import { PhElement } from './base.js';
import { t, date } from './i18n.js';

/** Invitations and site transfers waiting for the caller's answer. */
export class PhInbox extends PhElement {
  static properties = { _invitations: { state: true }, _transfers: { state: true } };

  updated(changed) {
    if (changed.has('api') && this.api) this.load();
  }

  async load() {
    const [invitations, transfers] = await this.run(() => Promise.all([
      this.api.get('/api/v1/invitations'), this.api.get('/api/v1/transfers')])) || [];
    if (invitations) {
      this._invitations = invitations;
      this._transfers = transfers;
    }
  }

  async answer(kind, id, verb) {
    const done = await this.perform(() => this.api.post(`/api/v1/${kind}/${verb}`, { id }), t('action.done'));
    if (done) await this.load();
  }

  render() {
    const empty = this._invitations && this._invitations.length === 0 && this._transfers.length === 0;
    return html`
      <h2>${t('inbox.title')}</h2>
      ${this.renderState()}
      ${empty ? this.renderEmpty(t('inbox.empty'), t('inbox.toOrders'), '?view=orders') : ''}
      ${(this._invitations || []).length ? html`<h3>${t('inbox.invitations')}</h3>` : ''}
      ${(this._invitations || []).map(i => html`
        <div class="card" data-invitation=${i.id}>
          <strong>${t('inbox.invitedTo', i.accountName)}</strong>
          <div class="muted">${t('inbox.permissions')}: ${i.permissions.map(x => t('perm.' + x)).join(', ')} · ${t('inbox.expires', date(i.expiresAt))}</div>
          <div class="row"><button class="accept" @click=${() => this.answer('invitations', i.id, 'accept')}>${t('inbox.accept')}</button>
            <button class="secondary decline" @click=${() => this.answer('invitations', i.id, 'decline')}>${t('inbox.decline')}</button></div>
        </div>`)}
      ${(this._transfers || []).length ? html`<h3>${t('inbox.transfers')}</h3>` : ''}
      ${(this._transfers || []).map(tr => html`
        <div class="card" data-transfer=${tr.id}>
          <strong>${t('inbox.transferOf', tr.siteName)}</strong>
          <div class="muted">${tr.stayAsCollaborator ? t('inbox.stay') + ' · ' : ''}${t('inbox.expires', date(tr.expiresAt))}</div>
          <div class="row"><button class="accept" @click=${() => this.answer('transfers', tr.id, 'accept')}>${t('inbox.accept')}</button>
            <button class="secondary decline" @click=${() => this.answer('transfers', tr.id, 'decline')}>${t('inbox.decline')}</button></div>
        </div>`)}`;
  }
}
customElements.define('ph-inbox', PhInbox);
