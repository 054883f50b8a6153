package org.rightbalance.evaluation.importing.ssda903;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.rightbalance.evaluation.ssd.Finding;
import org.rightbalance.evaluation.ssd.InvalidExtractException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class Ssda903XmlSecurityTest {

    @TempDir
    Path dir;

    private InvalidExtractException read(String xml) throws Exception {
        Path file = dir.resolve("return.xml");
        Files.writeString(file, xml);
        return catchThrowableOfType(() -> Ssda903Reader.readXml(file), InvalidExtractException.class);
    }

    @Test
    void anEntityExpansionBombIsRefused() throws Exception {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE EXPSSDA903 [\n<!ENTITY a0 \"lol\">\n");
        for (int i = 1; i < 12; i++) {
            b.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        b.append("]>\n<EXPSSDA903><CHILD><HEADER><CHILDID>&a11;</CHILDID></HEADER></CHILD></EXPSSDA903>\n");
        InvalidExtractException e = read(b.toString());
        assertThat(e).isNotNull();
        assertThat(e.report().findings()).extracting(Finding::rule).containsExactly("xml-dtd");
        assertThat(e.getMessage()).contains("return.xml").contains("line ").doesNotContain("\n");
    }

    @Test
    void anExternalEntityIsRefused() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "SECRET");
        InvalidExtractException e = read("<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM \""
                + secret.toUri() + "\">]>\n<EXPSSDA903><CHILD><HEADER><CHILDID>&xxe;</CHILDID><SEX>1</SEX>"
                + "<DOB>01/01/2010</DOB></HEADER></CHILD></EXPSSDA903>\n");
        assertThat(e).isNotNull();
        assertThat(e.report().findings()).extracting(Finding::rule).containsExactly("xml-dtd");
        assertThat(e.getMessage()).doesNotContain("SECRET");
    }

    @Test
    void anUndeclaredEntityReferenceIsRefused() throws Exception {
        InvalidExtractException e = read("<EXPSSDA903><CHILD><HEADER><CHILDID>&x;</CHILDID></HEADER></CHILD>"
                + "</EXPSSDA903>");
        assertThat(e).isNotNull();
        assertThat(e.report().findings()).extracting(Finding::rule).containsAnyOf("xml-dtd", "not-xml");
    }

    @Test
    void predefinedEntitiesAndAnotherRootAreHandled() throws Exception {
        Path file = dir.resolve("ok.xml");
        Files.writeString(file, "<EXPSSDA903><CHILD><HEADER><CHILDID>A&amp;B</CHILDID><SEX>2</SEX>"
                + "<DOB>01/01/2010</DOB></HEADER></CHILD></EXPSSDA903>");
        assertThat(Ssda903Reader.readXml(file).people()).singleElement()
                .satisfies(p -> assertThat(p.personId()).isEqualTo("A&B"));
        InvalidExtractException e = read("<CIN><CHILD/></CIN>");
        assertThat(e.report().findings()).extracting(Finding::rule).containsExactly("not-xml");
    }
}
