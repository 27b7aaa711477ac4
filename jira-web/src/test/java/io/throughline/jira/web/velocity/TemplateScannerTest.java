package io.throughline.jira.web.velocity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateScannerTest {

    /** A context object as a view model would be: getters, a boolean, a list, a chain. */
    public static final class Shelf {
        public String getTitleHtml() {
            return "";
        }

        public boolean isOpen() {
            return true;
        }

        public List<Book> getBooks() {
            return List.of();
        }

        public List<? extends Book> getWildBooks() {
            return List.of();
        }

        @SuppressWarnings("rawtypes")
        public List getRawBooks() {
            return List.of();
        }

        public Book getFeatured() {
            return new Book();
        }

        public String labelHtml(String key) {
            return key;
        }
    }

    /** An element class, reached only through a generic return type. */
    public static final class Book {
        public String getNameHtml() {
            return "";
        }

        public int getPages() {
            return 0;
        }
    }

    private static final Map<String, Class<?>> CONTEXT = Map.of("shelf", Shelf.class);

    private static ScanResult scan(String template) {
        return TemplateScanner.scan("test.vm", template, CONTEXT);
    }

    @Test
    void resolvesAPropertyToItsGetter() {
        assertThat(scan("<h1>$shelf.titleHtml</h1>").requireResolved().allowlist())
                .containsExactly(Shelf.class.getName() + "#getTitleHtml()");
    }

    @Test
    void resolvesABooleanPropertyToItsIsMethod() {
        assertThat(scan("#if($shelf.open)x#end").requireResolved().allowlist())
                .containsExactly(Shelf.class.getName() + "#isOpen()");
    }

    @Test
    void resolvesAMethodCallWithItsParameterTypes() {
        assertThat(scan("$shelf.labelHtml('a') ${shelf.getTitleHtml()}").requireResolved().allowlist())
                .containsExactly(Shelf.class.getName() + "#getTitleHtml()",
                        Shelf.class.getName() + "#labelHtml(java.lang.String)");
    }

    @Test
    void resolvesForeachItemsFromTheGenericReturnType() {
        ScanResult result = scan("#foreach($book in $shelf.books)$book.nameHtml $book.pages#end"
                + "#foreach($b in $shelf.wildBooks)$b.nameHtml#end").requireResolved();

        assertThat(result.allowlist()).containsExactly(
                Book.class.getName() + "#getNameHtml()",
                Book.class.getName() + "#getPages()",
                Shelf.class.getName() + "#getBooks()",
                Shelf.class.getName() + "#getWildBooks()");
    }

    @Test
    void resolvesChainsThroughReturnTypes() {
        assertThat(scan("$shelf.featured.nameHtml").requireResolved().allowlist())
                .containsExactly(Book.class.getName() + "#getNameHtml()", Shelf.class.getName() + "#getFeatured()");
    }

    @Test
    void marksOnlyWhatIsWrittenIntoThePageAsPrinted() {
        ScanResult result = scan("#if($shelf.open)$shelf.titleHtml#end#foreach($b in $shelf.books)$b.pages#end")
                .requireResolved();

        assertThat(result.references()).filteredOn(TemplateReference::printed)
                .extracting(reference -> reference.method().getName())
                .containsExactly("getTitleHtml", "getPages");
    }

    @Test
    void failsOnAnUnknownMethod() {
        ScanResult result = scan("<p>$shelf.subtitleHtml</p>");

        assertThat(result.problems()).singleElement().asString()
                .contains("test.vm:1:4").contains("subtitleHtml").contains(Shelf.class.getName());
        assertThatThrownBy(result::requireResolved).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("subtitleHtml");
    }

    @Test
    void failsOnAnUnknownMethodInsideAForeachItem() {
        assertThat(scan("#foreach($b in $shelf.books)$b.authorHtml#end").problems())
                .singleElement().asString().contains("authorHtml").contains(Book.class.getName());
    }

    @Test
    void failsOnAMethodCalledWithTheWrongNumberOfArguments() {
        assertThat(scan("$shelf.labelHtml()").problems()).singleElement().asString().contains("labelHtml");
    }

    @Test
    void failsOnAVariableThatIsNotInTheContext() {
        assertThat(scan("$model.titleHtml $foreach.count").problems()).hasSize(2);
    }

    @Test
    void failsWhenTheElementTypeCannotBeRead() {
        assertThat(scan("#foreach($b in $shelf.rawBooks)$b.nameHtml#end").problems())
                .singleElement().asString().contains("element type");
    }

    @Test
    void refusesWhatItCannotFollow() {
        assertThat(scan("#set($x = $shelf.featured)$x.nameHtml").problems()).isNotEmpty();
        assertThat(scan("#if(\"$shelf.titleHtml\" == '')x#end").problems()).isNotEmpty();
        assertThat(scan("#macro(m)x#end").problems()).isNotEmpty();
        assertThat(scan("#parse('other.vm')").problems()).isNotEmpty();
    }

    @Test
    void refusesAMethodThatIsNotPublic() {
        Map<String, Class<?>> context = Map.of("hidden", Hidden.class);

        assertThat(TemplateScanner.scan("t.vm", "$hidden.valueHtml", context).problems()).hasSize(1);
    }

    /** Velocity cannot call methods of a class that is not public. */
    static final class Hidden {
        public String getValueHtml() {
            return "";
        }
    }
}
