package org.lector.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the lector command line in process: its exit code and what it printed. */
record Run(int code, String out, String err) {
    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }
}
