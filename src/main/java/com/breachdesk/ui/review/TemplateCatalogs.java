package com.breachdesk.ui.review;

import com.breachdesk.letters.template.TemplateCatalog;

import java.nio.file.Path;
import java.util.function.Supplier;

/** The template catalog (shipped + the user's folder), read once on first use, off the FX thread. */
public final class TemplateCatalogs {

    private TemplateCatalogs() {
    }

    public static Supplier<TemplateCatalog> memoized(Path userFolder) {
        return new Supplier<>() {
            private TemplateCatalog catalog;

            @Override
            public synchronized TemplateCatalog get() {
                if (catalog == null) {
                    catalog = TemplateCatalog.load(userFolder);
                }
                return catalog;
            }
        };
    }
}
