package com.partnerhub.service.infrastructure.pdf;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/** Minor units of a currency, formatted for a locale ("1.234,50 €", "€1,234.50"). */
public final class Money {

    private Money() {
    }

    public static String format(long minor, String currencyCode, Locale locale) {
        Currency currency = Currency.getInstance(currencyCode);
        NumberFormat f = NumberFormat.getCurrencyInstance(locale.getCountry().isEmpty()
                ? (Locale.GERMAN.getLanguage().equals(locale.getLanguage()) ? Locale.GERMANY : Locale.UK) : locale);
        f.setCurrency(currency);
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        f.setMinimumFractionDigits(digits);
        f.setMaximumFractionDigits(digits);
        return f.format(BigDecimal.valueOf(minor, digits));
    }
}
