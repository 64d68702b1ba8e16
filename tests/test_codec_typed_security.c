/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* The typed codecs of the poison and security requests a firmware or a
 * tool builds by struct (cmd_memdev.h), on vectors written by hand from the
 * tables: CXL r3.2 Table 8-145 (4302h Clear Poison), Tables 8-161, 8-162,
 * 8-163 and 8-165 (4501h Set Passphrase, 4502h Disable Passphrase, 4503h
 * Unlock, 4505h Passphrase Secure Erase). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "cxlmb/cmd_memdev.h"
#include "cxlmb/error.h"

static void test_clear_poison(void **state)
{
	(void)state;
	uint8_t b[0x48] = { 0 }, out[0x48];
	struct cxlmb_clear_poison_req v;
	size_t n = 0;

	b[1] = 0x10; /* DPA 1000h, 64-byte aligned */
	b[4] = 0x02; /* and 2_0000_0000h */
	for (unsigned i = 0; i < 64; i++)
		b[8 + i] = (uint8_t)(0xA0 + i); /* the data written in place of the poison */
	assert_int_equal(cxlmb_clear_poison_req_decode(b, sizeof(b), CXLMB_STRICT, &v), CXLMB_E_OK);
	assert_true(v.dpa == 0x200001000ull);
	assert_int_equal(v.write_data[0], 0xA0);
	assert_int_equal(v.write_data[63], 0xA0 + 63);
	assert_int_equal(cxlmb_clear_poison_req_encode(&v, out, sizeof(out), &n), CXLMB_E_OK);
	assert_int_equal(n, sizeof(b));
	assert_memory_equal(out, b, sizeof(b));
	/* bits 5:0 of the DPA are reserved; the layout is exactly 48h bytes */
	b[0] = 0x01;
	assert_int_equal(cxlmb_clear_poison_req_decode(b, sizeof(b), CXLMB_STRICT, &v),
			 CXLMB_E_RESERVED_SET);
	b[0] = 0;
	assert_int_equal(cxlmb_clear_poison_req_decode(b, sizeof(b) - 1, CXLMB_STRICT, &v),
			 CXLMB_E_TRUNCATED);
	/* an unaligned DPA cannot be encoded; one byte short of room is refused */
	v.dpa = 0x1001;
	assert_int_not_equal(cxlmb_clear_poison_req_encode(&v, out, sizeof(out), &n), CXLMB_E_OK);
	v.dpa = 0x1000;
	assert_int_equal(cxlmb_clear_poison_req_encode(&v, out, sizeof(out) - 1, &n),
			 CXLMB_E_BUF_TOO_SMALL);
}

static void test_passphrases(void **state)
{
	(void)state;
	uint8_t set[0x60] = { 0 }, one[0x40] = { 0 }, unl[0x20], out[0x60];
	struct cxlmb_set_passphrase_req s;
	struct cxlmb_passphrase_req p;
	struct cxlmb_unlock_req u;
	size_t n = 0;

	set[0] = 1; /* user passphrase */
	memset(set + 0x20, 'c', 32);
	memset(set + 0x40, 'n', 32);
	assert_int_equal(cxlmb_set_passphrase_req_decode(set, sizeof(set), CXLMB_STRICT, &s), 0);
	assert_int_equal(s.type, 1);
	assert_int_equal(s.current[31], 'c');
	assert_int_equal(s.new_pass[0], 'n');
	assert_int_equal(cxlmb_set_passphrase_req_encode(&s, out, sizeof(out), &n), 0);
	assert_int_equal(n, sizeof(set));
	assert_memory_equal(out, set, sizeof(set));
	set[0] = 2; /* types other than master and user are reserved */
	assert_int_equal(cxlmb_set_passphrase_req_decode(set, sizeof(set), CXLMB_STRICT, &s),
			 CXLMB_E_BAD_ENUM);
	set[0] = 0;
	set[0x1F] = 1; /* bytes 01h-1Fh reserved */
	assert_int_equal(cxlmb_set_passphrase_req_decode(set, sizeof(set), CXLMB_STRICT, &s),
			 CXLMB_E_RESERVED_SET);

	memset(one + 0x20, 'p', 32); /* master passphrase, type 0 */
	assert_int_equal(cxlmb_passphrase_req_decode(one, sizeof(one), CXLMB_STRICT, &p), 0);
	assert_int_equal(p.type, 0);
	assert_int_equal(p.passphrase[0], 'p');
	assert_int_equal(cxlmb_passphrase_req_encode(&p, out, sizeof(out), &n), 0);
	assert_int_equal(n, sizeof(one));
	assert_memory_equal(out, one, sizeof(one));
	assert_int_equal(cxlmb_passphrase_req_decode(one, sizeof(one) + 0 - 1, CXLMB_STRICT, &p),
			 CXLMB_E_TRUNCATED);

	for (unsigned i = 0; i < sizeof(unl); i++)
		unl[i] = (uint8_t)i;
	assert_int_equal(cxlmb_unlock_req_decode(unl, sizeof(unl), CXLMB_STRICT, &u), 0);
	assert_int_equal(u.passphrase[31], 31);
	assert_int_equal(cxlmb_unlock_req_encode(&u, out, sizeof(out), &n), 0);
	assert_int_equal(n, sizeof(unl));
	assert_memory_equal(out, unl, sizeof(unl));
	assert_int_equal(cxlmb_unlock_req_encode(&u, out, sizeof(unl) - 1, &n),
			 CXLMB_E_BUF_TOO_SMALL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_clear_poison),
		cmocka_unit_test(test_passphrases),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
