// German and English for every screen, chosen from the browser's language and switchable. Dates and money
// are formatted for the chosen locale by the platform's Intl API.

const messages = {
  en: {
    'nav.notifications': 'Notifications',
    'nav.settings': 'Settings',
    'nav.mailbox': 'Demo mailbox',
    'notifications.title': 'Notifications',
    'notifications.readAll': 'Mark all as read',
    'notifications.allRead': 'All marked as read.',
    'notifications.empty': 'Nothing new. You will be told here when an order, invitation or transfer needs you.',
    'notifications.unread': 'new',
    'notifications.open': 'Open',
    'notifications.bell': '{0} unread notifications',
    'settings.title': 'Notifications: how you are told',
    'settings.intro': 'Choose per kind of event whether you get an e-mail, a notification in the bell, both or neither.',
    'settings.kind': 'Event',
    'settings.required': 'The e-mail stays on: only you can answer this offer.',
    'settings.save': 'Save',
    'settings.saved': 'Saved.',
    'channel.BOTH': 'E-mail and bell',
    'channel.EMAIL': 'E-mail only',
    'channel.PORTAL': 'Bell only',
    'channel.NONE': 'Neither',
    'mailbox.title': 'Demo mailbox',
    'mailbox.intro': 'The e-mails the built-in mail server received for {0}. In production they go to the configured SMTP server.',
    'mailbox.refresh': 'Refresh',
    'mailbox.empty': 'No e-mails for you yet. Place an order or invite someone and look again.',
    'mailbox.html': 'Show as HTML',
    'kind.ORDER_PLACED': 'Order placed',
    'kind.INVOICE_ISSUED': 'Invoice issued',
    'kind.PAYMENT_RECEIVED': 'Payment received',
    'kind.MILESTONE_DELIVERED': 'Milestone delivered',
    'kind.REVISION_REQUESTED': 'Revision requested',
    'kind.MILESTONE_ACCEPTED': 'Milestone accepted',
    'kind.MILESTONE_AUTO_ACCEPTED': 'Milestone accepted automatically',
    'kind.REVIEW_REMINDER': 'Review reminder',
    'kind.ORDER_ENDED': 'Order ended early',
    'kind.ORDER_COMPLETED': 'Order completed',
    'kind.MESSAGE_POSTED': 'New message',
    'kind.INVITATION_RECEIVED': 'Invitation received',
    'kind.INVITATION_ACCEPTED': 'Invitation accepted',
    'kind.INVITATION_DECLINED': 'Invitation declined',
    'kind.INVITATION_REVOKED': 'Invitation withdrawn',
    'kind.INVITATION_EXPIRING': 'Invitation expiring',
    'kind.TRANSFER_OFFERED': 'Site offered to you',
    'kind.TRANSFER_ACCEPTED': 'Site transfer accepted',
    'kind.TRANSFER_DECLINED': 'Site transfer declined',
    'kind.TRANSFER_CANCELLED': 'Site offer withdrawn',
    'kind.TRANSFER_EXPIRING': 'Site offer expiring',
    'app.title': 'Partner Hub',
    'app.demo': 'Embedded default — pick a demo user',
    'app.user': 'Signed in as',
    'app.pickUser': 'Choose a demo user…',
    'app.language': 'Language',
    'app.signedOut': 'Pick a demo user above to see Partner Hub as that person.',
    'app.production': 'This is the Partner Hub service. Its screens are in the portal: add the Partner Hub portlets to a page.',
    'nav.orders': 'Orders', 'nav.inbox': 'Inbox',
    'common.loading': 'Loading…', 'common.retry': 'Try again', 'common.more': 'Show more', 'common.back': 'Back to orders',
    'common.none': '—', 'common.yes': 'yes', 'common.no': 'no',
    'orders.title': 'Orders', 'orders.status': 'Status', 'orders.any': 'any', 'orders.overdueOnly': 'Only overdue',
    'orders.empty': 'No orders match these filters.',
    'orders.number': 'Order', 'orders.customer': 'Customer', 'orders.next': 'Next step', 'orders.due': 'Due',
    'orders.delivery': 'Expected delivery', 'orders.flags': 'Flags', 'orders.stale': 'No update for 3 days',
    'orders.overdue': 'Overdue',
    'status.ACTIVE': 'active', 'status.COMPLETED': 'completed',
    'ms.PLANNED': 'planned', 'ms.AWAITING_PAYMENT': 'awaiting payment', 'ms.IN_PROGRESS': 'in progress',
    'ms.DELIVERED': 'delivered', 'ms.ACCEPTED': 'accepted', 'ms.CANCELLED': 'cancelled',
    'party.AGENCY': 'agency', 'party.PROVIDER': 'provider', 'party.CUSTOMER': 'customer',
    'order.price': 'Price', 'order.billed': 'Billed', 'order.placed': 'Placed', 'order.milestones': 'Milestones',
    'order.planned': 'planned', 'order.actual': 'actual', 'order.revisions': 'Revisions used',
    'order.reviewDue': 'Review until', 'order.auto': 'accepted automatically', 'order.endedEarly': 'ended early',
    'order.invoices': 'Invoices', 'order.history': 'History', 'order.pdf': 'PDF',
    'action.deliver': 'Deliver', 'action.accept': 'Accept', 'action.revision': 'Request revision', 'action.end': 'End order',
    'action.done': 'Done.',
    'invoice.ISSUED': 'open', 'invoice.PAID': 'paid', 'invoice.VOID': 'void',
    'inbox.title': 'Inbox', 'inbox.invitations': 'Invitations', 'inbox.transfers': 'Site transfers',
    'inbox.empty': 'Nothing waits for your answer.', 'inbox.accept': 'Accept', 'inbox.decline': 'Decline',
    'inbox.invitedTo': 'Invitation to {0}', 'inbox.transferOf': 'Transfer of the site {0}', 'inbox.expires': 'expires {0}',
    'inbox.permissions': 'Permissions', 'inbox.stay': 'The agency stays as collaborator',
    'form.title': 'New order', 'form.customer': 'Customer account', 'form.kind': 'What is ordered',
    'form.package': 'Package', 'form.offer': 'Individual offer', 'form.orderTitle': 'Title', 'form.price': 'Price',
    'form.currency': 'Currency', 'form.reference': 'Internal reference', 'form.milestones': 'Milestones (2-6)',
    'form.milestoneName': 'Name', 'form.days': 'Days (1-30)', 'form.share': 'Payment share %', 'form.revisions': 'Revisions',
    'form.remove': 'Remove', 'form.addMilestone': 'Add milestone', 'form.place': 'Place order',
    'form.fileReference': 'document reference', 'form.noAccounts': 'You work in no customer account with the permission to order products yet.',
    'order.messages': 'Messages', 'order.message': 'Message', 'order.send': 'Send', 'order.you': '(you)',
    'order.noMessages': 'No messages yet.',
    'order.progress': 'Progress update', 'order.report': 'Post update', 'order.progressSaved': 'Update posted.',
    'history.ORDER_PLACED': 'order placed',
    'history.INVOICE_ISSUED': 'invoice issued',
    'history.INVOICE_VOIDED': 'invoice voided',
    'history.PAYMENT_RECEIVED': 'payment received',
    'history.MILESTONE_DELIVERED': 'milestone delivered',
    'history.REVISION_REQUESTED': 'revision requested',
    'history.MILESTONE_ACCEPTED': 'milestone accepted',
    'history.MILESTONE_AUTO_ACCEPTED': 'milestone accepted automatically',
    'history.ORDER_COMPLETED': 'order completed',
    'history.ORDER_ENDED': 'order ended early',
    'history.STEP_DONE': 'step done',
    'history.STEP_REOPENED': 'step reopened',
    'history.PROGRESS_REPORTED': 'progress update',
    'nav.sites': 'Sites', 'nav.accounts': 'Accounts',
    'sites.title': 'Sites', 'sites.create': 'Create site', 'sites.name': 'Site name', 'sites.domain': 'Domain',
    'sites.empty': 'No sites yet.', 'sites.plan': 'Plan', 'sites.billed': 'Billed to', 'sites.underAgency': 'still owned by the agency',
    'sites.buy': 'Buy Business plan', 'sites.buyAnyway': 'Buy anyway', 'sites.cancel': 'Cancel', 'sites.transfer': 'Transfer to customer',
    'sites.recipient': "Customer's e-mail", 'sites.offered': 'Transfer offered.', 'sites.pending': 'Transfer to {0} pending until {1}',
    'sites.cancelTransfer': 'Cancel transfer', 'billing.AGENCY': 'agency', 'billing.CUSTOMER': 'customer', 'billing.to.AGENCY': 'agency', 'billing.to.CUSTOMER': 'customer account',
    'nav.packages': 'Packages', 'packages.title': 'Packages', 'packages.retired': 'retired', 'packages.retire': 'Retire',
    'packages.reactivate': 'Offer again', 'packages.define': 'Define a package', 'packages.create': 'Create package',
    'packages.definition': 'Definition (German and English; 2-5 milestones, 1-30 days each, shares adding up to 100)',
    'packages.invalidJson': 'Not valid JSON',
    'accounts.onBehalf': 'Open an account for a customer', 'accounts.name': 'Account name', 'accounts.customerEmail': "Customer's e-mail",
    'accounts.billing': 'Invoices go to', 'accounts.authorisationNote': "Customer's authorisation (what, when, how)",
    'accounts.authorisationConfirmed': 'The customer authorised us to open this account', 'accounts.agreed': 'Agreed permissions of the agency',
    'accounts.openForCustomer': 'Open account for the customer', 'accounts.openedOnBehalf': 'Account opened; {0} is invited to take it over.',
    'accounts.billCustomer': 'Bill the customer', 'accounts.billAgency': 'Bill the agency',
    'accounts.title': 'Accounts', 'accounts.switch': 'Account', 'accounts.empty': 'You work in no account yet.',
    'accounts.openOwn': 'Open your own account', 'accounts.open': 'Open', 'accounts.members': 'Members and permissions',
    'accounts.member': 'Member', 'accounts.role': 'Role', 'accounts.invite': 'Invite someone', 'accounts.email': 'E-mail',
    'accounts.send': 'Send invitation', 'accounts.invited': 'Invitation sent.', 'accounts.revoke': 'Revoke',
    'role.OWNER': 'owner', 'role.COLLABORATOR': 'collaborator', 'role.null': 'staff',
    'perm.ORDER_PRODUCTS': 'Order products', 'perm.CHANGE_SPECS': 'Change specifications', 'perm.CONTACT_SUPPORT': 'Contact support',
    'perm.VIEW_INVOICES': 'View invoices', 'perm.MANAGE_BILLING': 'Manage billing', 'perm.MANAGE_COLLABORATORS': 'Manage collaborators',
    'perm.EDIT_SITE': 'Edit site',
    'inv.PENDING': 'pending', 'inv.ACCEPTED': 'accepted', 'inv.DECLINED': 'declined', 'inv.REVOKED': 'revoked', 'inv.EXPIRED': 'expired',
    'nav.newOrder': 'New order', 'demo.clock': 'Demo clock', 'demo.plusDay': '+1 day', 'demo.plusReview': '+8 days',
    'demo.pay': 'Pay (demo)', 'common.reload': 'Reload',
    'form.priceEcho': 'Read as {0}', 'form.priceUnreadable': 'Enter the amount as in {0}',
    'form.summary': 'Check the order before placing it', 'form.summaryPrice': 'Price', 'form.summaryTranche': 'billed when it starts',
    'form.summaryDue': 'planned by {0}', 'form.confirmPlace': 'Place order now', 'form.edit': 'Change',
    'form.field.milestone': 'Milestone {0}', 'form.package.none': 'No package chosen',
    'common.cancel': 'Cancel', 'common.confirm': 'Confirm',
    'confirm.accept': 'Accept “{0}”?', 'confirm.acceptBills': 'Milestone {0} “{1}” starts and {2} is billed to the customer account.',
    'confirm.acceptStarts': 'Milestone {0} “{1}” starts.', 'confirm.acceptCompletes': 'This was the last milestone: the order is completed.',
    'confirm.end': 'End this order early?', 'confirm.endConsequence': '{0} open milestone(s) are cancelled and their unpaid invoices voided; nothing more is billed. Billed so far: {1}. This cannot be undone.',
    'done.deliver': 'Delivered.', 'done.accept': 'Accepted.', 'done.revision': 'Revision requested.', 'done.end': 'Order ended.',
    'done.pay': 'Payment recorded.', 'done.sent': 'Message sent.', 'done.saved': 'Saved.',
    'next.title': 'Next step',
    'next.pay': 'Pay {0} ({1}) by {2}.', 'next.payMilestone': 'Pay {0} for “{1}” by {2}.',
    'next.waitPayment': 'Waiting for the customer to pay {0} for “{1}” (due {2}).',
    'next.deliver': 'Deliver “{0}” by {1}.', 'next.waitDelivery': 'Waiting for the {0} to deliver “{1}” (planned by {2}).',
    'next.review': 'Review “{0}” by {1} — it is accepted automatically after that.',
    'next.waitReview': 'Waiting for the customer to review “{0}” — accepted automatically on {1}.',
    'next.completed': 'Completed — nothing left to do.', 'next.ended': 'Ended early — nothing left to do.',
    'next.who.you': 'Your turn', 'next.who.other': 'Waiting',
    'party.the.AGENCY': 'agency', 'party.the.PROVIDER': 'provider', 'party.the.CUSTOMER': 'customer',
    'role.AGENCY_MEMBER': 'agency', 'role.PROVIDER_STAFF': 'provider staff', 'role.ADMIN': 'portal admin',
    'plan.FREE': 'Free', 'plan.STARTER': 'Starter', 'plan.BUSINESS': 'Business', 'plan.PRO': 'Pro',
    'ops.title': 'For operators and developers', 'ops.openapi': 'OpenAPI description of every resource', 'ops.health': 'Health',
    'ops.live': 'liveness', 'ops.ready': 'readiness', 'ops.metrics': 'Metrics',
    'error.fields': 'Please check these fields:',
    'sites.buyConfirm': 'Buy the {0} plan for {1}?', 'sites.buyBilled': 'The plan is billed to the {0}.',
  },
  de: {
    'nav.notifications': 'Benachrichtigungen',
    'nav.settings': 'Einstellungen',
    'nav.mailbox': 'Demo-Postfach',
    'notifications.title': 'Benachrichtigungen',
    'notifications.readAll': 'Alle als gelesen markieren',
    'notifications.allRead': 'Alle als gelesen markiert.',
    'notifications.empty': 'Nichts Neues. Hier erfahren Sie, wenn ein Auftrag, eine Einladung oder eine Übertragung Sie braucht.',
    'notifications.unread': 'neu',
    'notifications.open': 'Öffnen',
    'notifications.bell': '{0} ungelesene Benachrichtigungen',
    'settings.title': 'Benachrichtigungen: wie Sie informiert werden',
    'settings.intro': 'Wählen Sie je Ereignis, ob Sie eine E-Mail, eine Benachrichtigung in der Glocke, beides oder nichts erhalten.',
    'settings.kind': 'Ereignis',
    'settings.required': 'Die E-Mail bleibt an: nur Sie können dieses Angebot beantworten.',
    'settings.save': 'Speichern',
    'settings.saved': 'Gespeichert.',
    'channel.BOTH': 'E-Mail und Glocke',
    'channel.EMAIL': 'Nur E-Mail',
    'channel.PORTAL': 'Nur Glocke',
    'channel.NONE': 'Nichts',
    'mailbox.title': 'Demo-Postfach',
    'mailbox.intro': 'Die E-Mails, die der eingebaute Mailserver für {0} erhalten hat. Im Betrieb gehen sie an den konfigurierten SMTP-Server.',
    'mailbox.refresh': 'Aktualisieren',
    'mailbox.empty': 'Noch keine E-Mails für Sie. Erteilen Sie einen Auftrag oder laden Sie jemanden ein und schauen Sie wieder.',
    'mailbox.html': 'Als HTML anzeigen',
    'kind.ORDER_PLACED': 'Auftrag erteilt',
    'kind.INVOICE_ISSUED': 'Rechnung gestellt',
    'kind.PAYMENT_RECEIVED': 'Zahlung eingegangen',
    'kind.MILESTONE_DELIVERED': 'Meilenstein geliefert',
    'kind.REVISION_REQUESTED': 'Überarbeitung erbeten',
    'kind.MILESTONE_ACCEPTED': 'Meilenstein abgenommen',
    'kind.MILESTONE_AUTO_ACCEPTED': 'Meilenstein automatisch abgenommen',
    'kind.REVIEW_REMINDER': 'Erinnerung an die Prüfung',
    'kind.ORDER_ENDED': 'Auftrag vorzeitig beendet',
    'kind.ORDER_COMPLETED': 'Auftrag abgeschlossen',
    'kind.MESSAGE_POSTED': 'Neue Nachricht',
    'kind.INVITATION_RECEIVED': 'Einladung erhalten',
    'kind.INVITATION_ACCEPTED': 'Einladung angenommen',
    'kind.INVITATION_DECLINED': 'Einladung abgelehnt',
    'kind.INVITATION_REVOKED': 'Einladung zurückgezogen',
    'kind.INVITATION_EXPIRING': 'Einladung läuft ab',
    'kind.TRANSFER_OFFERED': 'Website angeboten',
    'kind.TRANSFER_ACCEPTED': 'Website-Übertragung angenommen',
    'kind.TRANSFER_DECLINED': 'Website-Übertragung abgelehnt',
    'kind.TRANSFER_CANCELLED': 'Website-Angebot zurückgezogen',
    'kind.TRANSFER_EXPIRING': 'Website-Angebot läuft ab',
    'app.title': 'Partner Hub',
    'app.demo': 'Eingebaute Demo — wählen Sie einen Demo-Benutzer',
    'app.user': 'Angemeldet als',
    'app.pickUser': 'Demo-Benutzer wählen…',
    'app.language': 'Sprache',
    'app.signedOut': 'Wählen Sie oben einen Demo-Benutzer, um Partner Hub mit seinen Augen zu sehen.',
    'app.production': 'Dies ist der Partner-Hub-Dienst. Seine Oberflächen sind im Portal: Fügen Sie die Partner-Hub-Portlets einer Seite hinzu.',
    'nav.orders': 'Aufträge', 'nav.inbox': 'Posteingang',
    'common.loading': 'Wird geladen…', 'common.retry': 'Erneut versuchen', 'common.more': 'Mehr anzeigen',
    'common.back': 'Zurück zu den Aufträgen', 'common.none': '—', 'common.yes': 'ja', 'common.no': 'nein',
    'orders.title': 'Aufträge', 'orders.status': 'Status', 'orders.any': 'alle', 'orders.overdueOnly': 'Nur überfällige',
    'orders.empty': 'Keine Aufträge passen zu diesen Filtern.',
    'orders.number': 'Auftrag', 'orders.customer': 'Kunde', 'orders.next': 'Nächster Schritt', 'orders.due': 'Fällig',
    'orders.delivery': 'Voraussichtliche Lieferung', 'orders.flags': 'Hinweise', 'orders.stale': 'Seit 3 Tagen kein Update',
    'orders.overdue': 'Überfällig',
    'status.ACTIVE': 'aktiv', 'status.COMPLETED': 'abgeschlossen',
    'ms.PLANNED': 'geplant', 'ms.AWAITING_PAYMENT': 'wartet auf Zahlung', 'ms.IN_PROGRESS': 'in Arbeit',
    'ms.DELIVERED': 'geliefert', 'ms.ACCEPTED': 'abgenommen', 'ms.CANCELLED': 'storniert',
    'party.AGENCY': 'Agentur', 'party.PROVIDER': 'Anbieter', 'party.CUSTOMER': 'Kunde',
    'order.price': 'Preis', 'order.billed': 'Berechnet', 'order.placed': 'Beauftragt', 'order.milestones': 'Meilensteine',
    'order.planned': 'geplant', 'order.actual': 'tatsächlich', 'order.revisions': 'Überarbeitungen verbraucht',
    'order.reviewDue': 'Prüfung bis', 'order.auto': 'automatisch abgenommen', 'order.endedEarly': 'vorzeitig beendet',
    'order.invoices': 'Rechnungen', 'order.history': 'Verlauf', 'order.pdf': 'PDF',
    'action.deliver': 'Liefern', 'action.accept': 'Abnehmen', 'action.revision': 'Überarbeitung anfordern',
    'action.end': 'Auftrag beenden', 'action.done': 'Erledigt.',
    'invoice.ISSUED': 'offen', 'invoice.PAID': 'bezahlt', 'invoice.VOID': 'storniert',
    'inbox.title': 'Posteingang', 'inbox.invitations': 'Einladungen', 'inbox.transfers': 'Website-Übertragungen',
    'inbox.empty': 'Nichts wartet auf Ihre Antwort.', 'inbox.accept': 'Annehmen', 'inbox.decline': 'Ablehnen',
    'inbox.invitedTo': 'Einladung in {0}', 'inbox.transferOf': 'Übertragung der Website {0}', 'inbox.expires': 'läuft ab am {0}',
    'inbox.permissions': 'Rechte', 'inbox.stay': 'Die Agentur bleibt als Mitarbeiter dabei',
    'form.title': 'Neuer Auftrag', 'form.customer': 'Kundenkonto', 'form.kind': 'Was wird beauftragt',
    'form.package': 'Paket', 'form.offer': 'Individuelles Angebot', 'form.orderTitle': 'Titel', 'form.price': 'Preis',
    'form.currency': 'Währung', 'form.reference': 'Interne Referenz', 'form.milestones': 'Meilensteine (2-6)',
    'form.milestoneName': 'Name', 'form.days': 'Tage (1-30)', 'form.share': 'Zahlungsanteil %', 'form.revisions': 'Überarbeitungen',
    'form.remove': 'Entfernen', 'form.addMilestone': 'Meilenstein hinzufügen', 'form.place': 'Auftrag erteilen',
    'form.fileReference': 'Dokumentreferenz', 'form.noAccounts': 'Sie arbeiten noch in keinem Kundenkonto mit dem Recht, Produkte zu bestellen.',
    'order.messages': 'Nachrichten', 'order.message': 'Nachricht', 'order.send': 'Senden', 'order.you': '(Sie)',
    'order.noMessages': 'Noch keine Nachrichten.',
    'order.progress': 'Fortschrittsmeldung', 'order.report': 'Meldung senden', 'order.progressSaved': 'Meldung gesendet.',
    'history.ORDER_PLACED': 'Auftrag erteilt',
    'history.INVOICE_ISSUED': 'Rechnung gestellt',
    'history.INVOICE_VOIDED': 'Rechnung storniert',
    'history.PAYMENT_RECEIVED': 'Zahlung eingegangen',
    'history.MILESTONE_DELIVERED': 'Meilenstein geliefert',
    'history.REVISION_REQUESTED': 'Überarbeitung angefordert',
    'history.MILESTONE_ACCEPTED': 'Meilenstein abgenommen',
    'history.MILESTONE_AUTO_ACCEPTED': 'Meilenstein automatisch abgenommen',
    'history.ORDER_COMPLETED': 'Auftrag abgeschlossen',
    'history.ORDER_ENDED': 'Auftrag vorzeitig beendet',
    'history.STEP_DONE': 'Schritt erledigt',
    'history.STEP_REOPENED': 'Schritt wieder offen',
    'history.PROGRESS_REPORTED': 'Fortschritt',
    'nav.sites': 'Websites', 'nav.accounts': 'Konten',
    'sites.title': 'Websites', 'sites.create': 'Website anlegen', 'sites.name': 'Name der Website', 'sites.domain': 'Domain',
    'sites.empty': 'Noch keine Websites.', 'sites.plan': 'Tarif', 'sites.billed': 'Rechnung an', 'sites.underAgency': 'gehört noch der Agentur',
    'sites.buy': 'Business-Tarif kaufen', 'sites.buyAnyway': 'Trotzdem kaufen', 'sites.cancel': 'Abbrechen',
    'sites.transfer': 'An den Kunden übertragen', 'sites.recipient': 'E-Mail des Kunden', 'sites.offered': 'Übertragung angeboten.',
    'sites.pending': 'Übertragung an {0} offen bis {1}', 'sites.cancelTransfer': 'Übertragung abbrechen',
    'billing.AGENCY': 'Agentur', 'billing.CUSTOMER': 'Kunde', 'billing.to.AGENCY': 'der Agentur', 'billing.to.CUSTOMER': 'dem Kundenkonto',
    'nav.packages': 'Pakete', 'packages.title': 'Pakete', 'packages.retired': 'zurückgezogen', 'packages.retire': 'Zurückziehen',
    'packages.reactivate': 'Wieder anbieten', 'packages.define': 'Paket definieren', 'packages.create': 'Paket anlegen',
    'packages.definition': 'Definition (Deutsch und Englisch; 2-5 Meilensteine, je 1-30 Tage, Anteile zusammen 100)',
    'packages.invalidJson': 'Kein gültiges JSON',
    'accounts.onBehalf': 'Konto für einen Kunden eröffnen', 'accounts.name': 'Name des Kontos', 'accounts.customerEmail': 'E-Mail des Kunden',
    'accounts.billing': 'Rechnungen gehen an', 'accounts.authorisationNote': 'Vollmacht des Kunden (was, wann, wie)',
    'accounts.authorisationConfirmed': 'Der Kunde hat uns beauftragt, dieses Konto zu eröffnen', 'accounts.agreed': 'Vereinbarte Rechte der Agentur',
    'accounts.openForCustomer': 'Konto für den Kunden eröffnen', 'accounts.openedOnBehalf': 'Konto eröffnet; {0} ist eingeladen, es zu übernehmen.',
    'accounts.billCustomer': 'An den Kunden abrechnen', 'accounts.billAgency': 'An die Agentur abrechnen',
    'accounts.title': 'Konten', 'accounts.switch': 'Konto', 'accounts.empty': 'Sie arbeiten noch in keinem Konto.',
    'accounts.openOwn': 'Eigenes Konto eröffnen', 'accounts.open': 'Eröffnen', 'accounts.members': 'Mitglieder und Rechte',
    'accounts.member': 'Mitglied', 'accounts.role': 'Rolle', 'accounts.invite': 'Jemanden einladen', 'accounts.email': 'E-Mail',
    'accounts.send': 'Einladung senden', 'accounts.invited': 'Einladung gesendet.', 'accounts.revoke': 'Widerrufen',
    'role.OWNER': 'Inhaber', 'role.COLLABORATOR': 'Mitarbeiter', 'role.null': 'Anbieter-Team',
    'perm.ORDER_PRODUCTS': 'Produkte bestellen', 'perm.CHANGE_SPECS': 'Vorgaben ändern', 'perm.CONTACT_SUPPORT': 'Support kontaktieren',
    'perm.VIEW_INVOICES': 'Rechnungen sehen', 'perm.MANAGE_BILLING': 'Abrechnung verwalten', 'perm.MANAGE_COLLABORATORS': 'Mitarbeiter verwalten',
    'perm.EDIT_SITE': 'Website bearbeiten',
    'inv.PENDING': 'offen', 'inv.ACCEPTED': 'angenommen', 'inv.DECLINED': 'abgelehnt', 'inv.REVOKED': 'widerrufen', 'inv.EXPIRED': 'abgelaufen',
    'nav.newOrder': 'Neuer Auftrag', 'demo.clock': 'Demo-Uhr', 'demo.plusDay': '+1 Tag', 'demo.plusReview': '+8 Tage',
    'demo.pay': 'Bezahlen (Demo)', 'common.reload': 'Neu laden',
    'form.priceEcho': 'Gelesen als {0}', 'form.priceUnreadable': 'Geben Sie den Betrag so ein: {0}',
    'form.summary': 'Auftrag vor dem Erteilen prüfen', 'form.summaryPrice': 'Preis', 'form.summaryTranche': 'berechnet zum Start',
    'form.summaryDue': 'geplant bis {0}', 'form.confirmPlace': 'Auftrag jetzt erteilen', 'form.edit': 'Ändern',
    'form.field.milestone': 'Meilenstein {0}', 'form.package.none': 'Kein Paket gewählt',
    'common.cancel': 'Abbrechen', 'common.confirm': 'Bestätigen',
    'confirm.accept': '„{0}“ abnehmen?', 'confirm.acceptBills': 'Meilenstein {0} „{1}“ beginnt und {2} werden dem Kundenkonto berechnet.',
    'confirm.acceptStarts': 'Meilenstein {0} „{1}“ beginnt.', 'confirm.acceptCompletes': 'Das war der letzte Meilenstein: Der Auftrag ist damit abgeschlossen.',
    'confirm.end': 'Diesen Auftrag vorzeitig beenden?', 'confirm.endConsequence': '{0} offene(r) Meilenstein(e) werden storniert und ihre unbezahlten Rechnungen storniert; es wird nichts mehr berechnet. Bisher berechnet: {1}. Das lässt sich nicht rückgängig machen.',
    'done.deliver': 'Geliefert.', 'done.accept': 'Abgenommen.', 'done.revision': 'Überarbeitung angefordert.', 'done.end': 'Auftrag beendet.',
    'done.pay': 'Zahlung erfasst.', 'done.sent': 'Nachricht gesendet.', 'done.saved': 'Gespeichert.',
    'next.title': 'Nächster Schritt',
    'next.pay': '{0} ({1}) bis {2} bezahlen.', 'next.payMilestone': '{0} für „{1}“ bis {2} bezahlen.',
    'next.waitPayment': 'Wartet auf die Zahlung des Kunden: {0} für „{1}“ (fällig {2}).',
    'next.deliver': '„{0}“ bis {1} liefern.', 'next.waitDelivery': 'Wartet auf die Lieferung von „{1}“ durch den {0} (geplant bis {2}).',
    'next.review': '„{0}“ bis {1} prüfen — danach gilt der Meilenstein automatisch als abgenommen.',
    'next.waitReview': 'Wartet auf die Prüfung von „{0}“ durch den Kunden — automatische Abnahme am {1}.',
    'next.completed': 'Abgeschlossen — nichts mehr zu tun.', 'next.ended': 'Vorzeitig beendet — nichts mehr zu tun.',
    'next.who.you': 'Sie sind dran', 'next.who.other': 'Warten',
    'party.the.AGENCY': 'Agentur', 'party.the.PROVIDER': 'Anbieter', 'party.the.CUSTOMER': 'Kunden',
    'role.AGENCY_MEMBER': 'Agentur', 'role.PROVIDER_STAFF': 'Anbieter-Team', 'role.ADMIN': 'Portal-Admin',
    'plan.FREE': 'Free', 'plan.STARTER': 'Starter', 'plan.BUSINESS': 'Business', 'plan.PRO': 'Pro',
    'ops.title': 'Für Betrieb und Entwicklung', 'ops.openapi': 'OpenAPI-Beschreibung aller Ressourcen', 'ops.health': 'Zustand',
    'ops.live': 'Lebendigkeit', 'ops.ready': 'Bereitschaft', 'ops.metrics': 'Metriken',
    'error.fields': 'Bitte prüfen Sie diese Felder:',
    'sites.buyConfirm': 'Den Tarif {0} für {1} kaufen?', 'sites.buyBilled': 'Der Tarif wird {0} berechnet.',
  },
};

const STORAGE_KEY = 'partnerhub.language';
let language = localStorage.getItem(STORAGE_KEY)
  || ((navigator.language || 'en').toLowerCase().startsWith('de') ? 'de' : 'en');

export function currentLanguage() {
  return language;
}

/** Switches the language for every element; they re-render on the 'ph-language' event. */
export function setLanguage(lang) {
  language = lang === 'de' ? 'de' : 'en';
  localStorage.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
  window.dispatchEvent(new CustomEvent('ph-language', { detail: language }));
}

export function t(key, ...args) {
  const text = messages[language][key] ?? messages.en[key] ?? key;
  return text.replace(/\{(\d)\}/g, (_, i) => args[Number(i)] ?? '');
}

const locale = () => (language === 'de' ? 'de-DE' : 'en-GB');

/** Minor units per major unit of a currency: 2 for EUR, 0 for JPY. */
function fractionDigits(currency) {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits;
}

export function money(minor, currency) {
  if (minor === undefined || minor === null) return t('common.none');
  return new Intl.NumberFormat(locale(), { style: 'currency', currency }).format(minor / 10 ** fractionDigits(currency));
}

/**
 * Reads an amount as a person types it in the page's language — `1.500,50` in German, `1,500.50` in English, with
 * or without grouping — into minor units; null when it cannot be read unambiguously in that language.
 */
export function parseAmount(text, currency) {
  const parts = new Intl.NumberFormat(locale()).formatToParts(12345.6);
  const group = parts.find(p => p.type === 'group').value;
  const decimal = parts.find(p => p.type === 'decimal').value;
  const digits = fractionDigits(currency);
  const typed = String(text ?? '').replace(/[\s\u00a0\u202f€$£]/g, '').replace(/^(EUR|CHF|GBP|USD)|(EUR|CHF|GBP|USD)$/i, '');
  const esc = c => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const fraction = digits > 0 ? `(?:${esc(decimal)}(\\d{1,${digits}}))?` : '';
  const match = new RegExp(`^(\\d{1,3}(?:${esc(group)}\\d{3})+|\\d+)${fraction}$`).exec(typed);
  if (!match) return null;
  const major = Number(match[1].split(group).join(''));
  const minor = major * 10 ** digits + Number((match[2] || '').padEnd(digits, '0') || 0);
  return Number.isSafeInteger(minor) ? minor : null;
}

/** An example of how an amount is typed in the page's language, for hints and errors. */
export function amountExample(currency) {
  return new Intl.NumberFormat(locale(), { minimumFractionDigits: fractionDigits(currency) }).format(1500);
}

/** "28 days" / "28 Tage". */
export function days(n) {
  return new Intl.NumberFormat(locale(), { style: 'unit', unit: 'day', unitDisplay: 'long' }).format(n);
}

export function date(iso) {
  return iso ? new Intl.DateTimeFormat(locale(), { dateStyle: 'medium' }).format(new Date(iso)) : t('common.none');
}

export function dateTime(iso) {
  return iso ? new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)) : t('common.none');
}
