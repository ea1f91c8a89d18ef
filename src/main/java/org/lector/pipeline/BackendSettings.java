package org.lector.pipeline;

import org.lector.audio.AudioOptions;
import org.lector.audio.AudioProgressListener;
import org.lector.braille.BrailleOptions;
import org.lector.pdf.PdfOptions;

/**
 * The options the backends are made from. Each is asked for only when its backend is chosen, so
 * a bad --voice does not stop a run that makes only a PDF.
 */
public interface BackendSettings {
    AudioOptions audio();

    AudioProgressListener audioProgress();

    PdfOptions pdf();

    BrailleOptions braille();
}
