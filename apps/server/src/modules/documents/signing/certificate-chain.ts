import type { Certificate } from './certificates.ts';

/** The path from a signer certificate up to a trusted root, or as far as the certificates at hand go. */
export type ChainResult = {
  chain: Certificate[];
  trustedRoot: Certificate | undefined;
  /** Why no trusted root was reached; empty when one was. */
  problem: { vi: string; en: string } | undefined;
};

const isSelfIssued = (c: Certificate) => c.issuerDer.equals(c.subjectDer);

const signs = (issuer: Certificate, subject: Certificate) => {
  if (!subject.issuerDer.equals(issuer.subjectDer)) return false;
  try {
    return subject.x509.verify(issuer.x509.publicKey);
  } catch {
    return false;
  }
};

/** May `c` issue certificates (basicConstraints cA, and keyCertSign when KeyUsage is present)? */
const isAuthority = (c: Certificate) => c.x509.ca && (c.keyUsage?.keyCertSign ?? true);

/**
 * Builds the chain from `leaf` through `pool` (the certificates in the signature) to one of `trustedRoots`.
 * Trust comes only from `trustedRoots`: a root carried inside the signature is used to build, never trusted.
 */
export const buildChain = (leaf: Certificate, pool: Certificate[], trustedRoots: Certificate[]): ChainResult => {
  const chain: Certificate[] = [leaf];
  for (let current = leaf; chain.length <= 10; ) {
    const trusted = trustedRoots.find((root) => root.der.equals(current.der));
    if (trusted) return { chain, trustedRoot: trusted, problem: undefined };
    const fromTrusted = trustedRoots.find((root) => signs(root, current));
    if (fromTrusted) {
      if (!isAuthority(fromTrusted)) break;
      chain.push(fromTrusted);
      return { chain, trustedRoot: fromTrusted, problem: undefined };
    }
    if (isSelfIssued(current)) {
      return {
        chain,
        trustedRoot: undefined,
        problem: {
          vi: `Chứng thư gốc "${current.subject}" không thuộc danh sách tổ chức chứng thực được tin cậy`,
          en: `The root "${current.subject}" is not a trusted certificate authority`,
        },
      };
    }
    const issuer = pool.find((c) => !chain.includes(c) && signs(c, current));
    if (!issuer) {
      return {
        chain,
        trustedRoot: undefined,
        problem: {
          vi: `Không tìm thấy chứng thư của tổ chức cấp "${current.issuer}"`,
          en: `The certificate of the issuer "${current.issuer}" was not found`,
        },
      };
    }
    if (!isAuthority(issuer)) {
      return {
        chain,
        trustedRoot: undefined,
        problem: {
          vi: `"${issuer.subject}" không được phép cấp chứng thư`,
          en: `"${issuer.subject}" is not allowed to issue certificates`,
        },
      };
    }
    chain.push(issuer);
    current = issuer;
  }
  return {
    chain,
    trustedRoot: undefined,
    problem: { vi: 'Chuỗi chứng thư quá dài', en: 'The certificate chain is too long' },
  };
};
