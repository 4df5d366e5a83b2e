package org.biannian.sources;

import org.junit.jupiter.api.Test;

class DumpSample {
    @Test
    void dump() throws Exception {
        SampleBlocks s = SampleBlocks.load();
        CitationParser p = CitationParser.of(Works.builtIn());
        for (var b : s.blocks) {
            var r = p.read(s.text, b);
            System.out.println("== " + s.entryOf(b).index() + " " + s.text.slice(b).substring(0, Math.min(60, s.text.slice(b).length())));
            r.citations().forEach(c -> System.out.println("  C " + c.label() + " juan=" + c.juan() + " author=" + c.author() + " known=" + c.known() + " [" + c.asCited() + "]"));
            r.notes().forEach(n -> System.out.println("  N " + n.kind() + " verdict=" + n.verdict() + " works=" + n.works().stream().map(WorkRef::label).toList()
                    + " silent=" + n.silentWorks().stream().map(WorkRef::label).toList() + " variants=" + n.variants().stream().map(v -> v.original() + "→" + v.reading() + "/" + v.kind() + "/" + (v.work()==null?null:v.work().label())).toList()
                    + " :: " + s.text.slice(n.span()).substring(0, Math.min(25, s.text.slice(n.span()).length()))));
            r.allDiagnostics().forEach(d -> System.out.println("  D " + d.code() + " " + d.message()));
        }
        System.out.println("blocks " + s.blocks.size());
    }
}
