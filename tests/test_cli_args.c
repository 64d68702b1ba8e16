/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* The CLI's argument helpers and JSON printer, compiled in from cli/
 * (issue 10: 0x0x0001 accepted, -h as a value read as help, raw control
 * characters in error lines, --force-rc unparsable, 5200h JSON with
 * duplicate keys). */
#define _POSIX_C_SOURCE 200809L /* open_memstream */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "../cli/args.c"
#include "../cli/print.c"

static void test_hex16_forms(void **state)
{
	(void)state;
	uint16_t v = 0;
	assert_true(cli_parse_opcode("t", "4000", &v) && v == 0x4000);
	assert_true(cli_parse_opcode("t", "0x4000", &v) && v == 0x4000);
	assert_true(cli_parse_opcode("t", "4000h", &v) && v == 0x4000);
	assert_true(cli_parse_opcode("t", "1", &v) && v == 1);
	static const char *const bad[] = { "0x0x0001", "0x4000h", "", "0x", "h", "12345",
					   "+1", " 1", "1 ", "4000hh", "-1", "0X0x1" };
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		v = 0xABCD;
		assert_false(cli_parse_opcode("t", bad[i], &v));
		assert_int_equal(v, 0xABCD);
	}
	assert_true(cli_parse_rc("t", "0016", &v) && v == 0x16);
	assert_true(cli_parse_rc("t", "0x7", &v) && v == 7);
	assert_false(cli_parse_rc("t", "0x0x7", &v));
	assert_false(cli_parse_rc("t", "10000", &v));
}

static void test_help_only_outside_values(void **state)
{
	(void)state;
	/* argv strings are writable in C: no string literals here */
	char payload[] = "--payload", h[] = "-h", json[] = "--json", op1[] = "--opcode=1",
	     help[] = "--help", tunnel[] = "--tunnel", op[] = "--opcode", rsp[] = "--response",
	     one[] = "1";
	char *a[] = { payload, h };
	char *b[] = { json, h };
	char *c[] = { op1, help };
	char *d[] = { tunnel, help, op, h };
	char *e[] = { rsp, h, op, one };
	assert_false(cli_wants_help(2, a));
	assert_true(cli_wants_help(2, b));
	assert_true(cli_wants_help(2, c));
	assert_false(cli_wants_help(4, d));
	assert_false(cli_wants_help(4, e));
	assert_false(cli_wants_help(0, NULL));
}

static void test_escape(void **state)
{
	(void)state;
	char buf[16];
	assert_string_equal(cli_esc("ab\x1b[1", buf, sizeof(buf)), "ab\\x1b[1");
	assert_string_equal(cli_esc("\\\x7f\xff", buf, sizeof(buf)), "\\x5c\\x7f\\xff");
	assert_string_equal(cli_esc("0123456789abcdefgh", buf, sizeof(buf)), "0123456789a...");
	assert_string_equal(cli_esc("x", buf, 1), "");
}

static size_t count(const char *hay, const char *needle)
{
	size_t n = 0;
	for (const char *p = hay; (p = strstr(p, needle)) != NULL; p++)
		n++;
	return n;
}

/* Does any JSON object in js hold a key twice?  A small scanner: keys are
 * the strings followed by ':', kept per open object (depth <= 16). */
static bool dup_key(const char *js)
{
	static char keys[16][32][48];
	size_t nkeys[16] = { 0 };
	int depth = -1;

	for (const char *p = js; *p; p++) {
		if (*p == '{') {
			if (++depth >= 16)
				return true;
			nkeys[depth] = 0;
		} else if (*p == '}') {
			depth--;
		} else if (*p == '"') {
			const char *e = p + 1;
			while (*e && *e != '"')
				e += *e == '\\' && e[1] ? 2 : 1;
			if (!*e)
				return true;
			size_t n = (size_t)(e - p - 1);
			const char *q = e + 1;
			while (*q == ' ')
				q++;
			if (*q == ':' && depth >= 0 && n < 48) {
				for (size_t k = 0; k < nkeys[depth]; k++)
					if (strlen(keys[depth][k]) == n && !memcmp(keys[depth][k], p + 1, n))
						return true;
				if (nkeys[depth] < 32) {
					memcpy(keys[depth][nkeys[depth]], p + 1, n);
					keys[depth][nkeys[depth]++][n] = 0;
				}
			}
			p = e;
		}
	}
	return false;
}

static void test_json_one_key_per_object(void **state)
{
	(void)state;
	/* one VCS with two vPPBs (5200h Get Virtual CXL Switch Info, r3.2 §7.6.7.2.1) */
	static const uint8_t rsp[] = { 1, 0, 0, 0, 0, 1, 2, 2, 1, 0, 0, 0, 1, 2, 3, 0 };
	const struct cxlmb_cmd *c = cxlmb_cmd_find(0x5200);
	_Alignas(8) uint8_t val[CXLMB_CMD_STRUCT_MAX];
	char *out = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&out, &len);

	assert_non_null(f);
	assert_int_equal(cxlmb_cmd_decode(c, CXLMB_RSP, rsp, sizeof(rsp), CXLMB_STRICT, val), 0);
	cli_print_decoded(f, c, CXLMB_RSP, val, CXLMB_STRICT, true);
	fclose(f);
	/* the scanner itself: same key twice in one object, or in two objects */
	assert_true(dup_key("{\"a\": 1, \"b\": {\"a\": 2}, \"a\": 3}"));
	assert_false(dup_key("{\"a\": 1, \"b\": [{\"a\": 2}, {\"a\": \"a:\"}]}"));
	assert_false(dup_key(out));
	/* each vPPB its own object (the VCS block is a typed entry list now) */
	assert_int_equal(count(out, "\"vppbs\""), 1);
	assert_int_equal(count(out, "\"bound_port_id\""), 2);
	assert_non_null(strstr(out, "\"bound_port_id\": 0, \"bound_ld_id\": 0}"));
	assert_non_null(strstr(out, "\"bound_port_id\": 2, \"bound_ld_id\": 3}"));
	assert_non_null(strstr(out, "\"vcs\": [{\"vcs_id\": 0, \"state\": 1"));
	free(out);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_hex16_forms),
		cmocka_unit_test(test_help_only_outside_values),
		cmocka_unit_test(test_escape),
		cmocka_unit_test(test_json_one_key_per_object),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
