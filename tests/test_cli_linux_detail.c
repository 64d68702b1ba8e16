/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* linux: devices: the kernel's errno for a refused command reaches the
 * user on send's one error line (cli_device_detail), and closing the
 * device prints nothing of its own (it used to print a second line). */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "../cli/args.c"
#include "../cli/dev_real.c"
#include "linux_uapi.h"

static int refuse_raw(int fd, unsigned long req, void *arg)
{
	(void)fd;
	if (req == CXLMB_K_QUERY_COMMANDS) {
		((uint32_t *)arg)[0] = 0; /* no uapi commands: everything goes RAW */
		return 0;
	}
	errno = EPERM; /* a kernel built without raw commands */
	return -1;
}

static void test_detail_names_the_kernels_answer(void **state)
{
	(void)state;
	struct cxlmb_linux_ep *k = calloc(1, sizeof(*k));
	struct cli_device d;
	char err[256], why[256];
	uint8_t out[64];
	struct cxlmb_request rq = { .opcode = 0x0001 };
	struct cxlmb_response rs = { .buf = out, .cap = sizeof(out) };

	assert_non_null(k);
	memset(&d, 0, sizeof(d));
	d.priv = k;
	d.spec = "linux:mem0";
	assert_int_equal(cxlmb_linux_attach(-1, refuse_raw, 256, k, &d.root, err, sizeof(err)),
			 CXLMB_HOST_OK);
	cli_dev_linux_detail(&d, why, sizeof(why));
	assert_string_equal(why, ""); /* nothing refused yet */
	assert_int_equal(cxlmb_ep_send(&d.root, &rq, &rs, NULL), CXLMB_E_KERNEL_REFUSED);
	cli_dev_linux_detail(&d, why, sizeof(why));
	assert_non_null(strstr(why, "the kernel refused 0001h (sent as RAW"));
	assert_non_null(strstr(why, "(errno 1)"));
	/* a short buffer is cut, never overrun */
	char tiny[8];
	volatile size_t five = 5; /* not a constant: the point is the cut at run time */
	memset(tiny, 'x', sizeof(tiny));
	cli_dev_linux_detail(&d, tiny, five);
	assert_int_equal(strlen(tiny), 4);
	assert_int_equal(tiny[5], 'x');

	/* close says nothing on stderr: the one line is send's */
	fflush(stderr);
	FILE *cap = tmpfile();
	assert_non_null(cap);
	int saved = dup(2);
	assert_true(saved >= 0);
	assert_int_equal(dup2(fileno(cap), 2), 2);
	cli_dev_linux_close(&d);
	fflush(stderr);
	assert_int_equal(dup2(saved, 2), 2);
	close(saved);
	assert_int_equal(ftell(cap), 0);
	fclose(cap);
	assert_null(d.priv);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_detail_names_the_kernels_answer),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
