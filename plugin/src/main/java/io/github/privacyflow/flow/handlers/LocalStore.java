package io.github.privacyflow.flow.handlers;

import org.objectweb.asm.Type;

/**
 * A value stored into a local variable, as the source handlers are asked about it: the variable
 * (by its entry in the class file's local variable table, so that two variables sharing a slot
 * or a name in turn stay apart) and what the analysis knows of the value stored.
 *
 * @param name the variable's name
 * @param type its declared type
 * @param slot its slot
 * @param scopeStart the index of the first instruction of its scope, in the method's code
 * @param scopeEnd the index of the instruction that ends its scope
 * @param madeAtRandom whether the value stored was made at random ({@code [tags]} {@code random})
 * @param constant whether the value stored is a constant of the program's own code
 */
public record LocalStore(String name, Type type, int slot, int scopeStart, int scopeEnd, boolean madeAtRandom,
        boolean constant) {

    /**
     * Whether an instruction lies in the variable's scope.
     *
     * @param instruction an instruction's index in the method's code
     * @return {@code true} inside the scope
     */
    public boolean inScope(int instruction) {
        return instruction >= scopeStart && instruction < scopeEnd;
    }
}
