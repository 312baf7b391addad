package org.recordswatch.platform.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.util.Locale;

/** Shows a byte count as people read it ("2.1 GB", "640 KB"), in the view's locale. Output only. */
@FacesConverter("rw.bytes")
public class ByteSizeConverter implements Converter<Object> {

    private static final String[] UNITS = {"B", "KB", "MB", "GB", "TB"};

    @Override
    public Object getAsObject(FacesContext context, UIComponent component, String value) {
        throw new UnsupportedOperationException("rw.bytes is for output only");
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Object value) {
        if (value == null) {
            return "";
        }
        Locale locale = context.getViewRoot() == null ? Locale.ENGLISH : context.getViewRoot().getLocale();
        return format(((Number) value).longValue(), locale);
    }

    public static String format(long bytes, Locale locale) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        double v = bytes;
        int unit = 0;
        while (v >= 1024 && unit < UNITS.length - 1) {
            v /= 1024;
            unit++;
        }
        return String.format(locale, v < 10 ? "%.1f %s" : "%.0f %s", v, UNITS[unit]);
    }
}
