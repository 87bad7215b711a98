from nihongoku.core.security import hash_secret, verify_secret


def test_pin_hash_is_salted_and_verifies() -> None:
    first, second = hash_secret("1234"), hash_secret("1234")
    assert "1234" not in first
    assert first != second  # salted: equal PINs do not give equal hashes
    assert verify_secret("1234", first)
    assert verify_secret("1234", second)
    assert not verify_secret("1235", first)
    assert not verify_secret("", first)


def test_garbage_hash_never_verifies() -> None:
    assert not verify_secret("1234", "not-a-hash")
    assert not verify_secret("1234", "md5$1$2$3$abc$def")
