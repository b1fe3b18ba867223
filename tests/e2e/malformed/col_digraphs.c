// expect: 2:28: error: stray '@' in program
int a <: 2 :> = <% 1, 2 %> @;
