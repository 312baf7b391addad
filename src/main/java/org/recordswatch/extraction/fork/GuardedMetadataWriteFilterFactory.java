package org.recordswatch.extraction.fork;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.apache.tika.metadata.writefilter.MetadataWriteFilter;
import org.apache.tika.metadata.writefilter.MetadataWriteFilterFactory;
import org.apache.tika.metadata.writefilter.StandardWriteFilterFactory;

/**
 * Bounds the metadata of every document (Tika's {@code StandardWriteFilter}: key and value sizes, values per key,
 * estimated total), so that a hostile file cannot make the result that travels back to the application arbitrarily
 * large, while Tika's own bookkeeping keys ({@code X-TIKA:}, among them the extracted content, the embedded paths and
 * the exceptions) and the fork's limit markers ({@code X-RW:}) always pass: dropping those would hide a limit or
 * break the tree of embedded documents.
 */
public class GuardedMetadataWriteFilterFactory implements MetadataWriteFilterFactory {

    private final StandardWriteFilterFactory standard = new StandardWriteFilterFactory();

    public void setMaxTotalEstimatedBytes(int maxTotalEstimatedBytes) {
        standard.setMaxTotalEstimatedBytes(maxTotalEstimatedBytes);
    }

    public void setMaxKeySize(int maxKeySize) {
        standard.setMaxKeySize(maxKeySize);
    }

    public void setMaxFieldSize(int maxFieldSize) {
        standard.setMaxFieldSize(maxFieldSize);
    }

    public void setMaxValuesPerField(int maxValuesPerField) {
        standard.setMaxValuesPerField(maxValuesPerField);
    }

    @Override
    public MetadataWriteFilter newInstance() {
        return new Filter(standard.newInstance());
    }

    static boolean passesUnfiltered(String field) {
        return field.startsWith("X-TIKA:") || field.startsWith(ForkMetadata.PREFIX);
    }

    private static final class Filter implements MetadataWriteFilter {

        private static final long serialVersionUID = 1L;
        private final MetadataWriteFilter delegate;

        Filter(MetadataWriteFilter delegate) {
            this.delegate = delegate;
        }

        @Override
        public void filterExisting(Map<String, String[]> data) {
            Map<String, String[]> kept = new HashMap<>();
            for (Iterator<Map.Entry<String, String[]>> it = data.entrySet().iterator(); it.hasNext(); ) {
                Map.Entry<String, String[]> entry = it.next();
                if (passesUnfiltered(entry.getKey())) {
                    kept.put(entry.getKey(), entry.getValue());
                    it.remove();
                }
            }
            delegate.filterExisting(data);
            data.putAll(kept);
        }

        @Override
        public void add(String field, String value, Map<String, String[]> data) {
            if (!passesUnfiltered(field)) {
                delegate.add(field, value, data);
            } else if (value != null) {
                String[] old = data.get(field);
                if (old == null) {
                    data.put(field, new String[] {value});
                } else {
                    String[] values = new String[old.length + 1];
                    System.arraycopy(old, 0, values, 0, old.length);
                    values[old.length] = value;
                    data.put(field, values);
                }
            }
        }

        @Override
        public void set(String field, String value, Map<String, String[]> data) {
            if (!passesUnfiltered(field)) {
                delegate.set(field, value, data);
            } else if (value == null) {
                data.remove(field);
            } else {
                data.put(field, new String[] {value});
            }
        }
    }
}
