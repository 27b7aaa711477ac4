package io.throughline.stubs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Keeps the compile-only mirrors honest: cited, in host packages, and inert when called. */
class StubConventionsTest {

    private static final Path SOURCES = Path.of("src/main/java");

    @Test
    void everyStubCitesThePageItMirrors() {
        assertThat(stubSources()).isNotEmpty().allSatisfy(file ->
                assertThat(firstLine(file)).as(file.toString()).matches("// Mirrors https://(docs|developer)\\.atlassian\\.com/\\S+ .*"));
    }

    @Test
    void everyStubLivesInAHostPackage() {
        assertThat(stubClasses()).allSatisfy(type ->
                assertThat(type.getPackageName()).as(type.getName()).matches("(com\\.atlassian|org\\.ofbiz)\\..+"));
    }

    @Test
    void staticMethodsThrowUnsupportedOperation() {
        List<Method> statics = stubClasses().stream()
                .flatMap(type -> Stream.of(type.getDeclaredMethods()))
                .filter(m -> Modifier.isStatic(m.getModifiers()) && Modifier.isPublic(m.getModifiers()))
                .filter(m -> !m.getDeclaringClass().isEnum()) // values() and valueOf() are the compiler's, not ours
                .toList();
        assertThat(statics).isNotEmpty().allSatisfy(method ->
                assertThatThrownBy(() -> invokeWithDefaults(method))
                        .as(method.toString())
                        .isInstanceOf(UnsupportedOperationException.class));
    }

    @Test
    void salsExecutorFactoryDeclaresOnlyDefaultMethodsAsSalDoes() throws Exception {
        // A lambda compiles against an interface with one abstract method; SAL's has none, so the stub has none either.
        Method[] methods = Class.forName("com.atlassian.sal.api.rdbms.TransactionalExecutorFactory").getDeclaredMethods();

        assertThat(methods).hasSize(4).allMatch(Method::isDefault);
    }

    @Test
    void theIssueTypeAvatarIsAFieldOfAClass() throws Exception {
        Class<?> iconType = Class.forName("com.atlassian.jira.icon.IconType");

        assertThat(iconType.isInterface() || iconType.isEnum()).isFalse();
        assertThat(iconType.getField("ISSUE_TYPE_ICON_TYPE").getType()).isEqualTo(iconType);
        assertThat(Modifier.isStatic(iconType.getField("ISSUE_TYPE_ICON_TYPE").getModifiers())).isTrue();
    }

    @Test
    void permissionConstantsAreUsableValues() throws Exception {
        Class<?> permissions = Class.forName("com.atlassian.jira.permission.ProjectPermissions");
        Object browse = permissions.getField("BROWSE_PROJECTS").get(null);
        assertThat(browse).hasToString("BROWSE_PROJECTS");
        assertThat(browse).isEqualTo(browse.getClass().getConstructor(String.class).newInstance("BROWSE_PROJECTS"));
    }

    private static void invokeWithDefaults(Method method) throws Throwable {
        Object[] args = Stream.of(method.getParameterTypes()).map(StubConventionsTest::defaultValue).toArray();
        try {
            method.invoke(null, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static Object defaultValue(Class<?> type) {
        if (!type.isPrimitive()) {
            return null;
        }
        return type == boolean.class ? Boolean.FALSE : type == char.class ? Character.valueOf('\0') : 0;
    }

    private static List<Class<?>> stubClasses() {
        return stubSources().stream().map(StubConventionsTest::load).toList();
    }

    private static Class<?> load(Path file) {
        String name = SOURCES.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".")
                .replaceAll("\\.java$", "");
        try {
            return Class.forName(name, false, StubConventionsTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError("stub source without a compiled class: " + file, e);
        }
    }

    private static List<Path> stubSources() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String firstLine(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.findFirst().orElse("");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
