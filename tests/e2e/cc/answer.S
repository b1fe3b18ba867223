/* answer.S - preprocessed assembly: needs -DASM_VALUE=... */
	.text
	.globl answer_value
	.type answer_value, @function
answer_value:
	movl $ASM_VALUE, %eax
	ret
	.section .note.GNU-stack,"",@progbits
