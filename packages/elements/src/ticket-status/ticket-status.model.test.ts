import { expect } from 'chai';
import { checkFields, refusedFields, toAsciiDigits } from './model.ts';

describe('<civic-ticket-status> model', () => {
  describe('checkFields', () => {
    it('asks for both fields when both are empty', () => {
      expect(checkFields('  ', '', 'MOH')).to.deep.equal({
        problems: [
          { field: 'reference', kind: 'missing' },
          { field: 'verifier', kind: 'missing' },
        ],
      });
    });

    it('looks up the reference as the contact centre writes it, with the verifier trimmed', () => {
      expect(checkFields(' moh-7k3d-9qx6 ', ' ana@example.com ', 'MOH')).to.deep.equal({
        lookup: { reference: 'MOH-7K3D-9QX6', verifier: 'ana@example.com' },
      });
    });

    it('refuses a reference whose check character does not match, naming the prefix typed', () => {
      const checked = checkFields('MOH-7K5D-9QX6', 'ana@example.com', 'MOH');
      expect('problems' in checked && checked.problems).to.have.length(1);
      const [problem] = 'problems' in checked ? checked.problems : [];
      expect(problem).to.include({ field: 'reference', kind: 'problem', prefix: 'MOH' });
    });

    it('reads a phone number typed in Arabic-Indic digits as ASCII', () => {
      expect(checkFields('MOH-7K3D-9QX6', '+١٧٥٨٥٥٥٠١٢٣', 'MOH')).to.deep.equal({
        lookup: { reference: 'MOH-7K3D-9QX6', verifier: '+17585550123' },
      });
    });
  });

  it('refusedFields names the fields the contact centre refused, and nothing else', () => {
    expect(refusedFields([{ field: 'reference' }, { field: 'query.verifier' }])).to.deep.equal([
      { field: 'reference', kind: 'invalid' },
      { field: 'verifier', kind: 'invalid' },
    ]);
    expect(refusedFields([{ field: 'locale' }])).to.deep.equal([]);
  });

  it('toAsciiDigits turns Arabic-Indic, Persian and fullwidth digits into ASCII and leaves the rest', () => {
    expect(toAsciiDigits('٠١٢ ۳۴۵ ６７８ abc 9')).to.equal('012 345 678 abc 9');
  });
});
