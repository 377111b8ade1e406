"""Encrypted history: keychain key, passphrase key, tamper detection, typed errors."""

from __future__ import annotations

import json
from datetime import datetime

import keyring
import keyring.backends.fail
import keyring.backends.null
import pytest
from memory_keyring import MemoryKeyring

from checkup_desktop import paths
from checkup_desktop.core.models import ActionCard, Analysis, Evidence, Finding
from checkup_desktop.core.storage import (
    DamagedRecordError,
    KeychainUnavailableError,
    KeyMissingError,
    KeyState,
    PassphraseRequiredError,
    RecordNotFoundError,
    VaultDamagedError,
    WeakPassphraseError,
    WrongPassphraseError,
    crypto,
    key_status,
    open_vault,
)
from checkup_desktop.core.storage.records import MAGIC, history_dir


def make_analysis(tag: str = "a") -> Analysis:
    ev = Evidence(label="LDL cholesterol", value="4.9", unit="mmol/L", reference_range="< 3.4",
                  flag="high", page=1, bbox=(10.0, 20.0, 200.0, 32.0),
                  text="LDL cholesterol 4.9 mmol/L < 3.4 H")
    card = ActionCard(id="lipids", title="LDL cholesterol above range", priority="medium",
                      department="cardiology", follow_up="within_3_months",
                      explanation="LDL cholesterol is above the lab's range. This can be a sign "
                                  "of a higher heart risk over time.",
                      questions=["What should my LDL target be?", "When should I recheck it?"],
                      evidence=[ev])
    finding = Finding(**ev.model_dump(), key="ldl", value_num=4.9, high=3.4)
    return Analysis(source=f"report-{tag}.pdf", pages=3, unread_pages=[3], cards=[card],
                    findings=[finding], language="en")


def test_round_trip_with_keychain(mem):
    assert key_status().state is KeyState.KEYCHAIN
    vault = open_vault()
    assert vault.key_kind == "keychain"
    analysis = make_analysis()
    edits = {"questions": {"lipids": ["Is my LDL a worry?", "Should I recheck?"]}}
    pdf = b"%PDF-1.7\n" + bytes(range(256)) * 100
    rid = vault.save(analysis, edits, "Check-up 2026.pdf", pdf_bytes=pdf)

    # a fresh process would open the vault again: new object, same keychain
    again = open_vault()
    loaded, loaded_edits, loaded_pdf = again.load(rid)
    assert loaded == analysis
    assert loaded_edits == edits
    assert loaded_pdf == pdf
    [meta] = again.list()
    assert (meta.record_id, meta.report_name, meta.pages, meta.card_count, meta.has_pdf,
            meta.pdf_size) == (rid, "Check-up 2026.pdf", 3, 1, True, len(pdf))
    # exactly one keychain entry, under the app's service name, holding a 256-bit key
    [(service, _account)] = mem.store
    assert service == "CheckupDesktop"
    assert len(crypto._unb64(next(iter(mem.store.values())))) == 32


def test_nothing_readable_on_disk(mem):
    vault = open_vault()
    rid = vault.save(make_analysis(), {"note": "my private note"}, "Private Name.pdf",
                     pdf_bytes=b"%PDF-1.4 PATIENT JANE DOE")
    blobs = b"".join(p.read_bytes() for p in history_dir().rglob("*") if p.is_file())
    for secret in (b"LDL", b"Private Name", b"my private note", b"JANE DOE", b"cardiology"):
        assert secret not in blobs
    key = crypto._unb64(next(iter(mem.store.values())))
    assert key not in blobs  # no key file beside the data
    assert (history_dir() / f"{rid}.cdrec").read_bytes().startswith(MAGIC)


def test_each_write_uses_a_fresh_nonce(mem):
    vault = open_vault()
    analysis = make_analysis()
    rid = vault.save(analysis)
    first = (history_dir() / f"{rid}.cdrec").read_bytes()
    vault.save(analysis, record_id=rid)
    second = (history_dir() / f"{rid}.cdrec").read_bytes()
    nonce_at = len(MAGIC) + 1 + 8
    assert first[nonce_at:nonce_at + 12] != second[nonce_at:nonce_at + 12]


def test_update_keeps_created_at_and_list_is_newest_first(mem):
    vault = open_vault()
    a = vault.save(make_analysis("a"))
    b = vault.save(make_analysis("b"), pdf_bytes=None)
    created = vault.meta(a).created_at
    vault.save(make_analysis("a2"), {"questions": {}}, record_id=a)
    metas = vault.list()
    assert [m.record_id for m in metas] == [a, b]
    assert metas[0].created_at == created and metas[0].saved_at > created
    assert isinstance(metas[0].saved_at, datetime)
    assert vault.load(a)[0].source == "report-a2.pdf"
    assert vault.load(b)[2] is None


def test_delete(mem):
    vault = open_vault()
    rid = vault.save(make_analysis())
    assert vault.delete(rid) is True
    assert vault.delete(rid) is False
    assert vault.list() == []
    with pytest.raises(RecordNotFoundError):
        vault.load(rid)


@pytest.mark.parametrize("bad_id", ["../settings", "a/b", "", "x" * 65, "..\\x"])
def test_record_ids_cannot_escape_the_folder(mem, bad_id):
    vault = open_vault()
    with pytest.raises(RecordNotFoundError):
        vault.load(bad_id)
    with pytest.raises(RecordNotFoundError):
        vault.delete(bad_id)


def test_tampering_is_detected(mem):
    vault = open_vault()
    a = vault.save(make_analysis("a"))
    b = vault.save(make_analysis("b"))
    pa, pb = (history_dir() / f"{r}.cdrec" for r in (a, b))

    # one flipped bit in the body
    raw = bytearray(pa.read_bytes())
    raw[-40] ^= 0x01
    pa.write_bytes(bytes(raw))
    with pytest.raises(DamagedRecordError) as exc:
        vault.load(a)
    assert "damaged" in exc.value.message

    # a valid record under another id: the associated data binds the record id
    pa.write_bytes(pb.read_bytes())
    with pytest.raises(DamagedRecordError):
        vault.load(a)

    # truncated file
    pa.write_bytes(pb.read_bytes()[:50])
    with pytest.raises(DamagedRecordError):
        vault.meta(a)
    assert [m.record_id for m in vault.list()] == [b]
    assert vault.damaged() == [a]


def test_no_keychain_is_a_typed_error_then_passphrase_works(no_keychain):
    status = key_status()
    assert status.state is KeyState.NO_KEYCHAIN and status.needs_passphrase
    assert "keychain" in status.message and "passphrase" in status.message
    with pytest.raises(KeychainUnavailableError) as exc:
        open_vault()
    assert "passphrase" in exc.value.message
    assert not history_dir().exists()  # nothing half set up

    vault = open_vault("correct horse battery")
    assert vault.key_kind == "passphrase"
    rid = vault.save(make_analysis(), {"x": 1})
    assert key_status().state is KeyState.PASSPHRASE

    info = json.loads((history_dir() / crypto.VAULT_FILE).read_text())
    assert info["kind"] == "passphrase" and info["kdf"]["name"] == "scrypt"
    assert len(crypto._unb64(info["kdf"]["salt"])) == 16
    assert "key" not in info  # only salt, cost and verifier: never the key

    with pytest.raises(PassphraseRequiredError):
        open_vault()
    with pytest.raises(WrongPassphraseError) as wrong:
        open_vault("correct horse battery!")
    assert "passphrase" in wrong.value.message
    assert open_vault("correct horse battery").load(rid)[1] == {"x": 1}


def test_silent_null_keyring_is_not_trusted(use_keyring):
    use_keyring(keyring.backends.null.Keyring())
    assert key_status().state is KeyState.NO_KEYCHAIN
    with pytest.raises(KeychainUnavailableError):
        open_vault()


def test_forgetful_keychain_is_detected(use_keyring):
    class Forgetful(MemoryKeyring):
        def set_password(self, service, username, password):
            pass  # accepts and stores nothing

    use_keyring(Forgetful())
    with pytest.raises(KeychainUnavailableError):
        open_vault()


def test_weak_passphrase_rejected_on_creation(no_keychain):
    with pytest.raises(WeakPassphraseError):
        open_vault("short")


def test_keychain_key_lost_or_replaced(mem, use_keyring):
    vault = open_vault()
    rid = vault.save(make_analysis())
    [(service, account)] = mem.store

    mem.store[(service, account)] = crypto._b64(crypto.new_key())  # replaced by another key
    with pytest.raises(KeyMissingError):
        open_vault()
    mem.store.clear()  # deleted from the keychain by the user
    assert key_status().state is KeyState.KEY_MISSING
    with pytest.raises(KeyMissingError) as exc:
        open_vault()
    assert "keychain" in exc.value.message

    use_keyring(keyring.backends.fail.Keyring())  # keychain down later on
    assert key_status().state is KeyState.KEYCHAIN_UNREACHABLE
    with pytest.raises(KeychainUnavailableError):
        open_vault()
    assert (history_dir() / f"{rid}.cdrec").exists()  # nothing was deleted by the errors


def test_lost_vault_file_keeps_the_keychain_key(mem):
    vault = open_vault()
    rid = vault.save(make_analysis())
    (history_dir() / crypto.VAULT_FILE).unlink()
    assert open_vault().load(rid)[0].source == "report-a.pdf"


def test_history_lives_under_data_dir(mem):
    open_vault().save(make_analysis())
    assert history_dir().parent == paths.data_dir()
    assert list(paths.data_dir().rglob("*.cdrec"))


def test_unicode_edits_and_report_date(mem):
    vault = open_vault()
    edits = {"questions": {"lipids": ["我的低密度脂蛋白需要复查吗？",
                                      "¿Cuándo repito el análisis?"]}}
    rid = vault.save(make_analysis(), edits, "体检报告.pdf", report_date="2026-11-02")
    assert vault.load(rid)[1] == edits
    meta = vault.meta(rid)
    assert (meta.report_name, meta.report_date) == ("体检报告.pdf", "2026-11-02")


def test_key_status_changes_nothing(mem):
    assert key_status().state is KeyState.KEYCHAIN
    assert mem.store == {} and not history_dir().exists()


def test_edited_scrypt_cost_is_refused_not_run(no_keychain):
    open_vault("a long enough passphrase")
    path = history_dir() / crypto.VAULT_FILE
    info = json.loads(path.read_text())
    info["kdf"]["n"] = 2**40
    path.write_text(json.dumps(info))
    with pytest.raises(VaultDamagedError):
        open_vault("a long enough passphrase")
    path.write_text("{not json")
    assert key_status().state is KeyState.DAMAGED
    with pytest.raises(VaultDamagedError):
        open_vault("a long enough passphrase")


def test_earlier_analyses_for_trends_are_dated_decrypted_and_counted_once(mem):
    """Issue 14: what the comparison reads from the history. The same check-up saved twice
    counts once (the latest save), a record without a date cannot be placed in time, and the
    record on screen is not compared with itself."""
    import datetime as dt

    from checkup_desktop.workers.record_tasks import earlier_analyses

    vault = open_vault()
    first = vault.save(make_analysis("old"), report_date="2025-03-12")
    again = vault.save(make_analysis("old again"), report_date="2025-03-12")
    vault.save(make_analysis("undated"))
    shown = vault.save(make_analysis("new"), report_date="2026-03-10")
    got = earlier_analyses(vault, exclude=shown)
    assert [(d, a.source) for d, a in got] == [(dt.date(2025, 3, 12), "report-old again.pdf")]
    assert first != again
    both = earlier_analyses(vault)
    assert sorted(d for d, _a in both) == [dt.date(2025, 3, 12), dt.date(2026, 3, 10)]
    # on disk the dates and results are encrypted
    for f in vault.directory.glob("*.cdrec"):
        assert b"2025-03-12" not in f.read_bytes() and b"LDL" not in f.read_bytes()
