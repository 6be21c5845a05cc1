"""Where the file system cannot clone, the image data is written with O_DIRECT (issue 14,
`captionist.directcopy`): the same bytes, the lease's descriptor mapped, the last partial block
and a file system that refuses O_DIRECT (tmpfs) left to the page cache's copy."""

from __future__ import annotations

import errno
import os
import subprocess
import tempfile
from pathlib import Path

import pytest
from loopfs import mounted

from captionist import clone, directcopy, files

MB = 1 << 20


@pytest.fixture(scope="module")
def ext4():
    with mounted("ext4", "200M") as mnt:
        yield mnt


def _copy(src: Path, dst: Path, head: bytes, offset: int, *, leased: bool) -> tuple[bool, list[int]]:
    """copy_tail of src[offset:] after `head`, recording what O_DIRECT wrote."""
    wrote: list[int] = []
    real = directcopy.copy_aligned

    def spy(*a, **kw):
        wrote.append(real(*a, **kw))
        return wrote[-1]

    fd = os.open(dst, os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o644)
    sfd = os.open(src, os.O_RDONLY)
    try:
        os.write(fd, head)
        directcopy_before, clone.directcopy.copy_aligned = clone.directcopy.copy_aligned, spy
        try:
            cloned = clone.copy_tail(sfd, fd, offset, os.fstat(sfd).st_size - offset, files._copy_range,
                                     leased=leased)
        finally:
            clone.directcopy.copy_aligned = directcopy_before
        assert os.lseek(fd, 0, os.SEEK_CUR) == len(head) + src.stat().st_size - offset
    finally:
        os.close(fd)
        os.close(sfd)
    return cloned, wrote


@pytest.mark.parametrize("leased", [True, False])
def test_ext4_writes_the_aligned_bulk_directly_and_the_same_bytes(ext4, tmp_path, leased):
    src = ext4 / f"src-{tmp_path.name}.bin"
    src.write_bytes(os.urandom(3 * MB + 5 * 4096 + 123))          # a partial last block
    dst = ext4 / f"dst-{tmp_path.name}.bin"
    block = os.statvfs(ext4).f_bsize            # (mkfs.ext4 gives a small image 1 KiB blocks)
    # a header of 1000 bytes for the source's first 1000 + 6 blocks: the rest keeps its offset
    # modulo the block; the bytes up to the next block boundary are copied, then the bulk
    offset = 1000 + 6 * block
    cloned, wrote = _copy(src, dst, b"h" * 1000, offset, leased=leased)
    assert not cloned
    rest = src.stat().st_size - offset - (-offset) % block
    assert wrote == [rest // block * block] and rest % block    # the partial last block: copied
    assert dst.read_bytes() == b"h" * 1000 + src.read_bytes()[offset:]


def test_off_switch_and_small_tails_use_the_page_cache(ext4, tmp_path, monkeypatch):
    src = ext4 / f"small-{tmp_path.name}.bin"
    src.write_bytes(os.urandom(MB // 2))                            # under the 1 MB floor
    dst = ext4 / f"sdst-{tmp_path.name}.bin"
    assert _copy(src, dst, b"x" * 10, 10, leased=True)[1] == [0]
    assert dst.read_bytes() == b"x" * 10 + src.read_bytes()[10:]
    big = ext4 / f"big-{tmp_path.name}.bin"
    big.write_bytes(os.urandom(2 * MB))
    monkeypatch.setattr(directcopy, "ON", False)
    assert _copy(big, dst, b"y" * 10, 10, leased=True)[1] == [0]
    assert dst.read_bytes() == b"y" * 10 + big.read_bytes()[10:]


def test_a_file_system_that_refuses_o_direct_gets_the_copy_as_before(ext4, tmp_path, monkeypatch):
    # (tmpfs accepts O_DIRECT since Linux 6.6: the refusal, EINVAL as older tmpfs and some FUSE
    # file systems give it, is made here)
    real = directcopy.fcntl.fcntl

    class Refusing:
        F_GETFL, F_SETFL = directcopy.fcntl.F_GETFL, directcopy.fcntl.F_SETFL

        @staticmethod
        def fcntl(fd, cmd, arg=0):
            if cmd == directcopy.fcntl.F_SETFL and arg & directcopy.O_DIRECT:
                raise OSError(errno.EINVAL, "Invalid argument")
            return real(fd, cmd, arg)

    monkeypatch.setattr(directcopy, "fcntl", Refusing)
    src = ext4 / f"r-{tmp_path.name}.bin"
    dst = ext4 / f"rdst-{tmp_path.name}.bin"
    src.write_bytes(os.urandom(2 * MB + 77))
    cloned, wrote = _copy(src, dst, b"z" * 77, 77, leased=True)
    assert not cloned and wrote == [0]
    assert dst.read_bytes() == b"z" * 77 + src.read_bytes()[77:]


def test_atomic_write_maps_only_a_leased_source(ext4, tmp_path, monkeypatch):
    src = ext4 / f"a-{tmp_path.name}.bin"
    src.write_bytes(os.urandom(2 * MB + 10))
    seen: list[bool] = []
    real = directcopy.copy_aligned
    monkeypatch.setattr(directcopy, "copy_aligned",
                        lambda *a, leased, **kw: seen.append(leased) or real(*a, leased=leased, **kw))
    fd = os.open(src, os.O_RDONLY)
    try:
        for i, opened in enumerate(({src: (fd, None)}, {src: (fd, None, True)}, None)):
            out = ext4 / f"a-{tmp_path.name}-{i}.out"
            files.atomic_write(out, [b"head" * 1024, (src, 4096)], opened=opened)
            assert out.read_bytes() == b"head" * 1024 + src.read_bytes()[4096:]
    finally:
        os.close(fd)
    assert seen == [False, True, False]


def _noise_jpeg(seed: int) -> bytes:
    """A ~1.3 MB JPEG of noise (it does not compress): its data goes through O_DIRECT."""
    import hashlib
    import io

    from PIL import Image

    buf = io.BytesIO()
    Image.frombytes("RGB", (1400, 1000), hashlib.shake_256(bytes([seed])).digest(1400 * 1000 * 3)).save(
        buf, "JPEG", quality=90)
    return buf.getvalue()


def test_a_power_cut_right_after_an_ext4_batch_leaves_every_directly_written_file_captioned():
    """As tests/test_group_sync.py, with photos big enough for the O_DIRECT copy: the fsync
    before each rename still makes the data, the size and the extents durable."""
    import json
    import sys

    from conftest import ROOT, exiftool_many
    from daemon_helpers import write_records
    from test_group_sync import _power_cut, _scan

    with mounted("ext4", "300M") as mnt:
        folder = mnt / "photos"
        folder.mkdir()
        originals = {f"big{i}.jpg": _noise_jpeg(i) for i in range(6)}
        assert min(map(len, originals.values())) > MB + 64 * 1024     # over the 1 MB floor
        for name, data in originals.items():
            (folder / name).write_bytes(data)
        write_records(mnt / "records.json", [Path(n).stem for n in originals])
        subprocess.run(["sync"], check=True)
        env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
        run = subprocess.run([sys.executable, "-m", "captionist", "embed", str(folder), "--records",
                              str(mnt / "records.json"), "--json", "--no-journal"],
                             capture_output=True, text=True, env=env, timeout=300)
        assert run.returncode == 0, run.stderr[-2000:]
        assert [json.loads(line)["status"] for line in run.stdout.splitlines()] == ["written"] * 6
        _power_cut(mnt)
        assert sorted(p.name for p in folder.iterdir()) == sorted(originals)
        for name, data in originals.items():
            now = (folder / name).read_bytes()
            assert now != data and _scan(now) == _scan(data), name
        heads = exiftool_many(sorted(folder.glob("*.jpg")), "-IPTC:Headline")
        assert sorted(h["IPTC:Headline"] for h in heads) == sorted(f"Headline {Path(n).stem}" for n in originals)


def test_only_local_block_file_systems_are_written_directly(ext4, tmp_path):
    # tmpfs here; NFS 4.2, SMB 3 and Ceph alike: their copy_file_range is the server's copy
    assert directcopy._fs_type(os.stat(ext4).st_dev) == "ext4"
    shm = Path(tempfile.mkdtemp(prefix="captionist-tmpfs-"))     # a tmpfs of our own (root, as in CI)
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16M", "tmpfs", str(shm)], check=True)
    assert directcopy._fs_type(os.stat(shm).st_dev) == "tmpfs"
    src, dst = shm / f"captionist-src-{os.getpid()}.bin", shm / f"captionist-dst-{os.getpid()}.bin"
    try:
        src.write_bytes(os.urandom(2 * MB + 77))
        cloned, wrote = _copy(src, dst, b"t" * 77, 77, leased=True)
        assert not cloned and wrote == [0]
        assert dst.read_bytes() == b"t" * 77 + src.read_bytes()[77:]
    finally:
        subprocess.run(["umount", str(shm)], check=True)
        shm.rmdir()
