/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* The ABI knob check (version.h): what this build links passes, and each
 * kind of mismatch a shared library swapped underneath could show fails. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "cxlmb/cxlmb.h"

static void test_abi_match(void **state)
{
	(void)state;
	assert_int_equal(cxlmb_abi_check(), CXLMB_E_OK);
	assert_int_equal(cxlmb_abi_match(1, CXLMB_ABI_KNOBS), CXLMB_E_OK);
	/* the symbol's value is not the one this library defines */
	assert_int_equal(cxlmb_abi_match(0, CXLMB_ABI_KNOBS), CXLMB_E_INVALID_ARG);
	/* another tunnel depth, or field names the other way */
	assert_int_equal(cxlmb_abi_match(1, CXLMB_ABI_KNOBS + 1), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_abi_match(1, CXLMB_ABI_KNOBS ^ 0x100u), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_version(), CXLMB_VERSION_NUMBER);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_abi_match),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
