"""captionist.endmarkers: whether a JPEG or PNG has arrived whole, read from its own end
markers, with the trailers cameras append (MPO images, motion-photo MP4s, Samsung's SEFT)."""

from __future__ import annotations

from daemon_helpers import jpeg_bytes, mp4_bytes

from captionist.endmarkers import looks_complete, missing_end


def test_looks_complete_knows_trailers_after_the_end_marker(tmp_path):
    main, second = jpeg_bytes(1), jpeg_bytes(2)
    video = mp4_bytes(b"\xff\xd9 frame data " * 300)   # FF D9 inside, not at the end
    cases = {
        "plain.jpg": (main, True, None),
        "mpo.jpg": (main + second, True, None),                            # MPF: extra images follow
        "motion.jpg": (main + video, True, None),                          # Google motion photo
        "samsung.jpg": (main + b"MotionPhoto_Data" + video + b"\x00\x00\x00\x10SEFT", True, None),
        "motion-half.jpg": (main + video[:-300], False, None),             # the video still copying
        "junk.jpg": (main + b"some trailer nobody knows", False, None),    # waits, then taken as is
        "cut.jpg": (main[: len(main) // 2], False, "no JPEG end marker (FF D9)"),
        "cut.png": (b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\x0dIHDR" + b"\x00" * 17, False, "no PNG IEND chunk"),
    }
    for name, (data, complete, missing) in cases.items():
        (tmp_path / name).write_bytes(data)
        assert looks_complete(tmp_path / name) is complete, name
        assert missing_end(tmp_path / name) == missing, name
